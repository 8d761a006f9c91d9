import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { asc, eq, inArray } from 'drizzle-orm';
import { REPORT_FIELD_LABELS, REPORT_FIELDS } from '../../../../common/appointments';
import { DOCUMENT_KIND_LABELS } from '../../../../common/candidates';
import { PATHWAY_STATE_LABELS } from '../../../../common/pathway';
import type { Database } from '../../../db/client';
import { agreements, assistances, candidates, certifications, documents, meetingReports, pathwayTransitions, planItems } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { assertCanOnPathway } from '../../pathways/pathways.policy';
import { loadPathway } from '../../pathways/pathways.store';
import type { TLivret, TLivretEvent } from '../livret.schema';
import { hm, longDay, signatureLines } from './attendance-sheet';
import { appointmentsOfPathway } from './list-appointments';

const PLAN_STATUS: Record<string, string> = { planned: 'prévu', in_progress: 'en cours', done: 'réalisé', dropped: 'abandonné' };

/**
 * The livret de suivi: every action of the pathway in time order with its proof — appointments with
 * their report and signatures, the pathway's steps, documents, and the assistance renforcée's plan
 * and agreements. Read by whoever may see the pathway, the candidate first.
 */
export async function buildLivret(opts: { database: Database; clock: Clock; principal: Principal; pathwayId: string }): Promise<TLivret> {
  const db = opts.database.db;
  const { row, access } = await loadPathway(db, opts.pathwayId);
  assertCanOnPathway(opts.principal, access, 'view');
  const [cand] = await db.select().from(candidates).where(eq(candidates.id, row.candidateId));
  const [cert] = await db.select({ code: certifications.code, title: certifications.title }).from(certifications).where(eq(certifications.id, row.certificationId));
  const events: TLivretEvent[] = [];

  const summaries = await appointmentsOfPathway({ database: opts.database, clock: opts.clock, principal: opts.principal, pathwayId: opts.pathwayId });
  const reports = summaries.length ? await db.select().from(meetingReports).where(inArray(meetingReports.appointmentId, summaries.map((s) => s.id))) : [];
  for (const a of summaries) {
    const startsAt = new Date(a.startsAt);
    const endsAt = new Date(a.endsAt);
    const report = reports.find((r) => r.appointmentId === a.id);
    events.push({
      at: a.startsAt,
      kind: 'appointment',
      title: `Rendez-vous : ${a.title}${a.status === 'cancelled' ? ' (annulé)' : ''}`,
      lines: [
        `${longDay(startsAt)}, de ${hm(startsAt)} à ${hm(endsAt)}`,
        ...(a.status === 'cancelled' ? [`Motif de l’annulation : ${a.cancellationReason ?? ''}`] : []),
        ...signatureLines(a.participants),
        ...(report ? REPORT_FIELDS.filter((f) => report[f]).map((f) => `${REPORT_FIELD_LABELS[f]} : ${report[f]}`) : []),
      ],
      proofUrl: `/api/appointments/${a.id}/attendance-sheet.pdf`,
    });
  }
  const steps = await db.select().from(pathwayTransitions).where(eq(pathwayTransitions.pathwayId, opts.pathwayId)).orderBy(asc(pathwayTransitions.at));
  for (const s of steps) events.push({ at: s.at.toISOString(), kind: 'transition', title: `Étape du parcours : ${PATHWAY_STATE_LABELS[s.toState] ?? s.toState}`, lines: [`Depuis : ${PATHWAY_STATE_LABELS[s.fromState] ?? s.fromState}`], proofUrl: null });
  const docs = await db.select({ id: documents.id, kind: documents.kind, name: documents.originalName, at: documents.uploadedAt, sha256: documents.sha256 }).from(documents).where(eq(documents.pathwayId, opts.pathwayId)).orderBy(asc(documents.uploadedAt));
  for (const d of docs) events.push({ at: d.at.toISOString(), kind: 'document', title: `Document : ${DOCUMENT_KIND_LABELS[d.kind] ?? d.kind} — ${d.name}`, lines: [`Empreinte SHA-256 : ${d.sha256}`], proofUrl: `/api/documents/${d.id}` });
  const assistanceIds = (await db.select({ id: assistances.id }).from(assistances).where(eq(assistances.pathwayId, opts.pathwayId))).map((a) => a.id);
  if (assistanceIds.length) {
    for (const p of await db.select().from(planItems).where(inArray(planItems.assistanceId, assistanceIds))) {
      events.push({ at: p.createdAt.toISOString(), kind: 'plan_item', title: `Appui : ${p.wording}`, lines: [`Statut : ${PLAN_STATUS[p.status] ?? p.status}`, ...(p.feedback ? [`Retour : ${p.feedback}`] : []), ...(p.effect ? [`Effet : ${p.effect}`] : [])], proofUrl: null });
    }
    for (const g of await db.select({ id: agreements.id, version: agreements.version, at: agreements.createdAt, acceptedAt: agreements.acceptedAt, sha256: agreements.sha256 }).from(agreements).where(inArray(agreements.assistanceId, assistanceIds))) {
      events.push({ at: g.at.toISOString(), kind: 'agreement', title: `Accord d’assistance renforcée, version ${g.version}`, lines: [g.acceptedAt ? `Accepté le ${format(g.acceptedAt, 'd MMMM yyyy', { locale: fr })}` : 'Pas encore accepté', `Empreinte SHA-256 : ${g.sha256}`], proofUrl: `/api/agreements/${g.id}/document` });
    }
  }
  events.sort((x, y) => x.at.localeCompare(y.at));
  const to = row.closedAt ?? opts.clock.now();
  return {
    pathwayId: row.id,
    candidate: { name: cand ? `${cand.firstName} ${cand.lastName}` : '', birthDate: cand?.birthDate ?? null, email: cand?.email ?? null },
    certification: cert ? `${cert.code} — ${cert.title}` : '',
    period: { from: row.startedAt.toISOString(), to: to.toISOString() },
    events,
  };
}
