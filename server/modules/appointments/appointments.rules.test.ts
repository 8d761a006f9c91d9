import { eq } from 'drizzle-orm';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentNotifications, appointmentParticipants, appointments, assistances, emails, jobs } from '../../db/schema';
import { DEFAULT_DEADLINE_LIMITS } from '../../domain/deadlines';
import { runDueJobs } from '../../jobs/queue';
import { riskOf } from '../assistance/assistance.risk';
import { loadPathway } from '../pathways/pathways.store';
import { createAppointmentReminderJob } from './appointment-reminder.job';
import { appointmentFixture, schedule, type AppointmentFixture } from './testing/fixture';

let f: AppointmentFixture;
beforeAll(async () => {
  f = await appointmentFixture();
});
afterAll(async () => f.ctx.close());

const db = () => f.ctx.database.db;
const reminderJob = () => createAppointmentReminderJob('http://jalon.test');
const emailsOf = async (appointmentId: string) =>
  (await db().select({ n: appointmentNotifications, e: emails }).from(appointmentNotifications).innerJoin(emails, eq(emails.id, appointmentNotifications.emailId)).where(eq(appointmentNotifications.appointmentId, appointmentId))).map((r) => ({ kind: r.n.kind, ...r.e }));

describe('scheduling', () => {
  it('sends a convocation whose invitation parses as an RFC 5545 event, to the candidate and the professional', async () => {
    const res = await schedule(f, { startsAt: '2026-03-05T09:00:00Z', endsAt: '2026-03-05T10:30:00Z' });
    expect(res.statusCode, res.body).toBe(201);
    const [mail] = await emailsOf(res.json().id);
    expect(mail?.kind).toBe('convocation');
    expect(mail?.recipients).toContain(f.candidateEmail);
    expect(mail?.recipients).toHaveLength(2);
    const ics = Buffer.from(mail?.attachments[0]?.content ?? '', 'base64').toString('utf8');
    const parsed = Object.values(ical.sync.parseICS(ics)).filter((c) => c?.type === 'VEVENT');
    expect(parsed).toHaveLength(1);
    const event = parsed[0] as ical.VEvent;
    expect(event.uid).toBe(`${res.json().id}@jalon`);
    expect(new Date(event.start).toISOString()).toBe('2026-03-05T09:00:00.000Z');
    expect(new Date(event.end ?? 0).toISOString()).toBe('2026-03-05T10:30:00.000Z');
    expect(event.location).toBe('12 rue de Caen, Caen');
  });

  it('refuses an appointment that ends before it starts, and one overlapping for the same person, changing nothing', async () => {
    const before = await db().select().from(appointments);
    const backwards = await schedule(f, { startsAt: '2026-03-06T10:00:00Z', endsAt: '2026-03-06T09:00:00Z' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details.fields.endsAt).toBeDefined();
    const overlap = await schedule(f, { startsAt: '2026-03-05T10:00:00Z', endsAt: '2026-03-05T11:00:00Z', title: 'Autre entretien' });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.code).toBe('APPOINTMENT_CONFLICT');
    expect(await db().select().from(appointments)).toHaveLength(before.length);
  });

  it('refuses a pathway the structure does not act on', async () => {
    const res = await schedule(f, { organisationId: f.structureId, pathwayIds: [f.pathwayId] }, f.otherReferent);
    expect(res.statusCode).toBe(403);
  });
});

describe('reminders', () => {
  it('are sent once, 48 h before, even when the job runs again', async () => {
    const id = (await schedule(f, { startsAt: '2026-03-20T09:00:00Z', endsAt: '2026-03-20T10:00:00Z' })).json().id;
    const [job] = (await db().select().from(jobs).where(eq(jobs.name, 'appointments.reminder'))).filter((j) => (j.payload as { appointmentId: string }).appointmentId === id);
    expect(job?.runAt.toISOString()).toBe('2026-03-18T09:00:00.000Z');
    f.ctx.clock.set(new Date('2026-03-18T09:05:00Z'));
    await runDueJobs({ database: f.ctx.database, clock: f.ctx.clock, definitions: [reminderJob()] });
    // A retry (the job claimed again after a crash) or a duplicate run must not send a second time.
    await reminderJob().handler({ appointmentId: id, sequence: 0 }, { database: f.ctx.database, clock: f.ctx.clock, attempt: 2, isLastAttempt: false });
    const reminders = (await emailsOf(id)).filter((m) => m.kind === 'reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.subject).toContain('Rappel');
  });

  it('are not sent for a cancelled appointment', async () => {
    f.ctx.clock.set(new Date('2026-03-02T09:00:00Z'));
    await f.relogin();
    const id = (await schedule(f, { startsAt: '2026-03-25T09:00:00Z', endsAt: '2026-03-25T10:00:00Z' })).json().id;
    const cancelled = await f.ctx.app.inject({ method: 'POST', url: `/api/appointments/${id}/cancellation`, headers: f.referent.headers, payload: { reason: 'Référente absente.' } });
    expect(cancelled.statusCode).toBe(200);
    await reminderJob().handler({ appointmentId: id, sequence: 0 }, { database: f.ctx.database, clock: f.ctx.clock, attempt: 1, isLastAttempt: false });
    const kinds = (await emailsOf(id)).map((m) => m.kind);
    expect(kinds).toEqual(['convocation', 'cancellation']);
    const again = await f.ctx.app.inject({ method: 'PATCH', url: `/api/appointments/${id}`, headers: f.referent.headers, payload: { modality: 'phone', startsAt: '2026-03-26T09:00:00Z', endsAt: '2026-03-26T10:00:00Z' } });
    expect(again.json().error.code).toBe('APPOINTMENT_CANCELLED');
  });

  it('follow a rescheduled appointment: only the new version is reminded', async () => {
    const id = (await schedule(f, { startsAt: '2026-03-27T09:00:00Z', endsAt: '2026-03-27T10:00:00Z' })).json().id;
    const moved = await f.ctx.app.inject({ method: 'PATCH', url: `/api/appointments/${id}`, headers: f.referent.headers, payload: { modality: 'phone', startsAt: '2026-03-28T09:00:00Z', endsAt: '2026-03-28T10:00:00Z' } });
    expect(moved.statusCode, moved.body).toBe(200);
    await reminderJob().handler({ appointmentId: id, sequence: 0 }, { database: f.ctx.database, clock: f.ctx.clock, attempt: 1, isLastAttempt: false });
    expect((await emailsOf(id)).map((m) => m.kind)).toEqual(['convocation', 'update']);
    const update = (await emailsOf(id)).find((m) => m.kind === 'update');
    const ics = Buffer.from(update?.attachments[0]?.content ?? '', 'base64').toString('utf8');
    expect(ics).toContain('SEQUENCE:1');
  });
});

describe('signatures and attendance', () => {
  let id = '';
  let candidateP = '';
  let referentP = '';
  beforeAll(async () => {
    f.ctx.clock.set(new Date('2026-03-02T09:00:00Z'));
    await f.relogin();
    const created = (await schedule(f, { startsAt: '2026-04-02T09:00:00Z', endsAt: '2026-04-02T10:00:00Z' })).json();
    id = created.id;
    candidateP = created.participants.find((p: { kind: string }) => p.kind === 'candidate').id;
    referentP = created.participants.find((p: { kind: string }) => p.kind === 'professional').id;
  });
  const sign = (as: typeof f.referent, participantId: string, via: string) => f.ctx.app.inject({ method: 'POST', url: `/api/appointments/${id}/signatures`, headers: as.headers, payload: { participantId, via } });

  it('refuses signing before the appointment starts', async () => {
    expect((await sign(f.candidate, candidateP, 'own_account')).json().error.code).toBe('APPOINTMENT_NOT_STARTED');
  });

  it('refuses a signature on someone else’s behalf', async () => {
    f.ctx.clock.set(new Date('2026-04-02T09:30:00Z'));
    await f.relogin();
    for (const [as, participant, via] of [[f.candidate, referentP, 'own_account'], [f.referent, candidateP, 'own_account'], [f.referent, referentP, 'on_screen']] as const) {
      const res = await sign(as, participant, via);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('SIGNATURE_NOT_OWN');
    }
    const rows = await db().select().from(appointmentParticipants).where(eq(appointmentParticipants.appointmentId, id));
    expect(rows.every((r) => r.signedAt === null)).toBe(true);
  });

  it('lets the candidate sign on screen and the référent from their account, once each', async () => {
    const onScreen = await sign(f.referent, candidateP, 'on_screen');
    expect(onScreen.statusCode, onScreen.body).toBe(200);
    expect((await sign(f.referent, referentP, 'own_account')).statusCode).toBe(200);
    const twice = await sign(f.candidate, candidateP, 'own_account');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('ALREADY_SIGNED');
    const view = (await f.ctx.app.inject({ method: 'GET', url: `/api/appointments/${id}`, headers: f.candidate.headers })).json();
    expect(view.participants.map((p: { signedVia: string }) => p.signedVia).sort()).toEqual(['on_screen', 'own_account']);
  });

  it('counts an absence in the dropout indicators of the assistance', async () => {
    const other = (await schedule(f, { startsAt: '2026-04-02T11:00:00Z', endsAt: '2026-04-02T12:00:00Z' })).json();
    f.ctx.clock.set(new Date('2026-04-02T11:30:00Z'));
    await f.relogin();
    const cand = other.participants.find((p: { kind: string }) => p.kind === 'candidate').id;
    const res = await f.ctx.app.inject({ method: 'POST', url: `/api/appointments/${other.id}/attendance`, headers: f.referent.headers, payload: { items: [{ participantId: cand, status: 'absent' }] } });
    expect(res.statusCode, res.body).toBe(200);
    const pathway = await loadPathway(db(), f.pathwayId);
    const started = await f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/assistance`, headers: f.referent.headers, payload: { organisationId: f.structureId, proposerKind: 'counselling_structure', startPhase: 'before_recevabilite' } });
    expect(started.statusCode, started.body).toBe(201);
    const [a] = await db().select().from(assistances).where(eq(assistances.pathwayId, f.pathwayId));
    if (!a) throw new Error('no assistance');
    const risk = await riskOf(db(), a, pathway.row, DEFAULT_DEADLINE_LIMITS, f.ctx.clock.now());
    expect(risk.reasons.find((r) => r.code === 'missed_appointments')?.text).toContain('1 rendez-vous manqué');
  });
});

describe('“je ne pourrai pas venir”', () => {
  it('excuses the candidate, tells the professional, and refuses a second time', async () => {
    f.ctx.clock.set(new Date('2026-03-02T09:00:00Z'));
    await f.relogin();
    const id = (await schedule(f, { startsAt: '2026-05-04T09:00:00Z', endsAt: '2026-05-04T10:00:00Z' })).json().id;
    const res = await f.ctx.app.inject({ method: 'POST', url: `/api/me/appointments/${id}/absence`, headers: f.candidate.headers, payload: { reason: 'Entretien d’embauche ce jour-là.' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().participants.find((p: { kind: string }) => p.kind === 'candidate').attendance).toBe('excused');
    const told = await db().select().from(emails);
    expect(told.some((e) => e.subject.includes('ne pourra pas venir'))).toBe(true);
    const twice = await f.ctx.app.inject({ method: 'POST', url: `/api/me/appointments/${id}/absence`, headers: f.candidate.headers, payload: { reason: 'Encore.' } });
    expect(twice.statusCode).toBe(409);
  });
});
