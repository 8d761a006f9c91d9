import { appointmentParticipants, appointments, meetingReports } from '../server/db/schema';
import type { Database } from '../server/db/client';
import { FixedClock } from '../server/lib/clock';
import type { Principal } from '../server/lib/principal';
import { agendaOf } from '../server/modules/appointments/features/list-appointments';
import { buildLivret } from '../server/modules/appointments/features/livret';
import { renderLivretPdf } from '../server/modules/appointments/features/livret-pdf';
import { livretZip } from '../server/modules/appointments/features/livret-zip';
import { buildCandidate, buildOrganisation, buildPathway, buildUser } from '../server/test/factories';
import type { BenchContext, BenchRow, Measure } from './lib/types';

/**
 * The two figures, measured on the features themselves (no HTTP): a structure's month
 * agenda with 50 professionals (4 appointments a working day each, one candidate each: ≈ 4,400
 * appointments, 8,800 participants), and the livret (JSON, the PDF, the ZIP with its proofs) of a pathway with 200
 * signed appointments with their reports.
 *
 *   npm run bench -- --only appointments
 *
 * BENCH_APPOINTMENTS_ROUNDS  measured runs of each read (default 10), after one warm-up.
 */
export const name = 'appointments';

const clock = new FixedClock('2026-04-01T08:00:00Z');
const MONTH = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };

async function timed(rounds: number, fn: () => Promise<unknown>): Promise<Measure> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  return { rps: Math.round((1000 / mean) * 10) / 10, p50: at(0.5), p99: at(0.99), requests: rounds, non2xx: 0, errors: 0 };
}

async function seed(database: Database, log: (m: string) => void) {
  const orgId = (await buildOrganisation(database, { name: 'Structure du bench' })).id;
  const pros: { id: string; email: string }[] = [];
  for (let i = 0; i < 50; i++) pros.push(await buildUser(database, { roles: [{ organisationId: orgId, role: 'referent' }] }));
  const candidate = await buildCandidate(database, { organisationId: orgId });
  const pathway = await buildPathway(database, { candidateId: candidate.id, actors: [{ organisationId: orgId, role: 'referent' }], startedAt: new Date('2025-01-06T09:00:00Z') });
  const now = new Date('2026-03-01T00:00:00Z');
  const day = (offset: number) => new Date(Date.UTC(2026, 2, 1 + offset));
  log('appointments: agenda of 50 professionals over March');
  for (let d = 0; d < 31; d++) {
    const date = day(d);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const rows = pros.flatMap((p, i) => [0, 1, 2, 3].map((h) => ({ p, i, startsAt: new Date(date.getTime() + (8 + h * 2) * 3600_000) })));
    const inserted = await database.db
      .insert(appointments)
      .values(rows.map((r) => ({ pathwayId: pathway.id, organisationId: orgId, kind: 'individual' as const, title: `Entretien ${r.i}`, modality: 'face_to_face' as const, place: 'Caen', startsAt: r.startsAt, endsAt: new Date(r.startsAt.getTime() + 3600_000), createdAt: now, updatedAt: now })))
      .returning({ id: appointments.id });
    await database.db.insert(appointmentParticipants).values(inserted.flatMap((a, k) => [
      { appointmentId: a.id, kind: 'professional' as const, userId: rows[k]?.p.id ?? null, displayName: 'Référent' },
      { appointmentId: a.id, kind: 'candidate' as const, candidateId: candidate.id, pathwayId: pathway.id, displayName: 'Candidat' },
    ]));
  }
  log('appointments: a pathway with 200 signed appointments and reports');
  const livretPathway = await buildPathway(database, { candidateId: (await buildCandidate(database, { organisationId: orgId })).id, actors: [{ organisationId: orgId, role: 'referent' }], startedAt: new Date('2024-01-08T09:00:00Z') });
  const starts = Array.from({ length: 200 }, (_, i) => new Date(Date.UTC(2024, 0, 8 + i * 3, 9)));
  const made = await database.db
    .insert(appointments)
    .values(starts.map((s, i) => ({ pathwayId: livretPathway.id, organisationId: orgId, kind: 'individual' as const, title: `Séance ${i + 1}`, modality: 'video' as const, link: 'https://visio.example.org/x', startsAt: s, endsAt: new Date(s.getTime() + 3600_000), createdAt: now, updatedAt: now })))
    .returning({ id: appointments.id, startsAt: appointments.startsAt });
  await database.db.insert(appointmentParticipants).values(made.flatMap((a) => [
    { appointmentId: a.id, kind: 'professional' as const, userId: pros[0]?.id ?? null, displayName: 'Référent', attendance: 'present' as const, signedAt: a.startsAt, signedVia: 'own_account' as const, signedByUserId: pros[0]?.id ?? null },
    { appointmentId: a.id, kind: 'candidate' as const, candidateId: livretPathway.candidateId, pathwayId: livretPathway.id, displayName: 'Candidat', attendance: 'present' as const, signedAt: a.startsAt, signedVia: 'on_screen' as const },
  ]));
  await database.db.insert(meetingReports).values(made.map((a) => ({ appointmentId: a.id, sessionObjectives: 'Avancer le Livret 2.', pointsWorked: 'Deux activités décrites.', objectivesReached: 'Une activité finie.', writtenAt: a.startsAt, updatedAt: a.startsAt })));
  const principal: Principal = {
    type: 'user',
    user: { id: pros[0]?.id ?? '', email: pros[0]?.email ?? '', displayName: 'Référent', kind: 'professional', isPlatformAdmin: false },
    memberships: [{ id: 'bench', organisationId: orgId, organisationName: 'Structure du bench', organisationKind: 'counselling_structure', role: 'referent' }],
    sessionId: 'bench',
    csrfToken: 'bench',
  };
  return { orgId, principal, livretPathwayId: livretPathway.id };
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const rounds = Number(process.env.BENCH_APPOINTMENTS_ROUNDS ?? 10);
  const database = await ctx.openDatabase();
  try {
    const { orgId, principal, livretPathwayId } = await seed(database, (m) => ctx.log(m));
    const agenda = await timed(rounds, () => agendaOf({ database, clock, principal, query: { organisationId: orgId, ...MONTH } }));
    const livret = await timed(rounds, () => buildLivret({ database, clock, principal, pathwayId: livretPathwayId }));
    const pdf = await timed(rounds, async () => renderLivretPdf(await buildLivret({ database, clock, principal, pathwayId: livretPathwayId }), clock.now()));
    // The audit export: the livret PDF, the 200 attendance sheets and the manifest, zipped.
    const zip = await timed(rounds, () => livretZip({ database, clock, principal, pathwayId: livretPathwayId }));
    return [
      { name: 'agenda: structure, 50 professionals, one month', ...agenda, baseline: null },
      { name: 'livret: 200 appointments (JSON)', ...livret, baseline: null },
      { name: 'livret: 200 appointments (PDF)', ...pdf, baseline: null },
      { name: 'livret: 200 appointments (ZIP with proofs)', ...zip, baseline: null },
    ];
  } finally {
    await database.close();
  }
}
