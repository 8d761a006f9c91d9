import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { asc, eq, inArray } from 'drizzle-orm';
import { REPORT_FIELD_LABELS, REPORT_FIELDS } from '../../../../common/appointments';
import { DOCUMENT_KIND_LABELS } from '../../../../common/candidates';
import { REFERRAL_STATUS_LABELS } from '../../../../common/network';
import { PATHWAY_STATE_LABELS } from '../../../../common/pathway';
import { SATISFACTION_CONTEXT_LABELS } from '../../../../common/satisfaction';
import type { ShareScope } from '../../../../common/sharing';
import type { Database } from '../../../db/client';
import { agreements, assistances, documents, meetingReports, partnerContacts, partnerEntries, pathwayTransitions, planItems, referrals } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { listSatisfactionForLivret } from '../../satisfaction/satisfaction.livret';
import type { PartItem } from '../../sharing/sharing.policy';
import type { TLivretEvent } from '../livret.schema';
import { hm, longDay, signatureLines } from './attendance-sheet';
import { appointmentsOfPathway } from './list-appointments';

/** What a source of the livret is given: the reader, and whether they may read a given part. */
export interface LivretSourceContext {
  database: Database;
  clock: Clock;
  principal: Principal;
  pathwayId: string;
  mayRead(part: ShareScope, item?: PartItem): boolean;
  /** Called when a source shows the reader content of a part other than the livret itself (logged). */
  noteRead(part: ShareScope): void;
}

/** One kind of action of the livret; a new module (satisfaction, …) adds its loader to LIVRET_SOURCES. */
export type LivretSource = (ctx: LivretSourceContext) => Promise<TLivretEvent[]>;

const PLAN_STATUS: Record<string, string> = { planned: 'prévu', in_progress: 'en cours', done: 'réalisé', dropped: 'abandonné' };
const day = (d: Date) => format(d, 'd MMMM yyyy', { locale: fr });

async function assistanceIdsOf(ctx: LivretSourceContext): Promise<string[]> {
  return (await ctx.database.db.select({ id: assistances.id }).from(assistances).where(eq(assistances.pathwayId, ctx.pathwayId))).map((a) => a.id);
}

/** Appointments with their signatures; the report only to readers of meeting reports. */
export const appointmentEvents: LivretSource = async (ctx) => {
  const summaries = await appointmentsOfPathway(ctx);
  const reports = summaries.length ? await ctx.database.db.select().from(meetingReports).where(inArray(meetingReports.appointmentId, summaries.map((s) => s.id))) : [];
  return summaries.map((a) => {
    const startsAt = new Date(a.startsAt);
    const endsAt = new Date(a.endsAt);
    const report = reports.find((r) => r.appointmentId === a.id);
    const showReport = report !== undefined && ctx.mayRead('meeting_reports', { ownerOrganisationId: a.organisationId });
    if (showReport) ctx.noteRead('meeting_reports');
    return {
      at: a.startsAt,
      kind: 'appointment' as const,
      title: `Rendez-vous : ${a.title}${a.status === 'cancelled' ? ' (annulé)' : ''}`,
      lines: [
        `${longDay(startsAt)}, de ${hm(startsAt)} à ${hm(endsAt)}`,
        ...(a.status === 'cancelled' ? [`Motif de l’annulation : ${a.cancellationReason ?? ''}`] : []),
        ...signatureLines(a.participants),
        ...(showReport ? REPORT_FIELDS.filter((f) => report[f]).map((f) => `${REPORT_FIELD_LABELS[f]} : ${report[f]}`) : report ? ['Compte rendu rédigé (non partagé avec vous)'] : []),
      ],
      proofUrl: `/api/appointments/${a.id}/attendance-sheet.pdf`,
    };
  });
};

export const transitionEvents: LivretSource = async (ctx) => {
  const steps = await ctx.database.db.select().from(pathwayTransitions).where(eq(pathwayTransitions.pathwayId, ctx.pathwayId)).orderBy(asc(pathwayTransitions.at));
  return steps.map((s) => ({ at: s.at.toISOString(), kind: 'transition' as const, title: `Étape du parcours : ${PATHWAY_STATE_LABELS[s.toState] ?? s.toState}`, lines: [`Depuis : ${PATHWAY_STATE_LABELS[s.fromState] ?? s.fromState}`], proofUrl: null }));
};

/** Documents: listed by kind for every reader of the livret; name, fingerprint and file only to readers of that document. */
export const documentEvents: LivretSource = async (ctx) => {
  const docs = await ctx.database.db
    .select({ id: documents.id, kind: documents.kind, name: documents.originalName, at: documents.uploadedAt, sha256: documents.sha256, owner: documents.uploadedByOrganisationId })
    .from(documents)
    .where(eq(documents.pathwayId, ctx.pathwayId))
    .orderBy(asc(documents.uploadedAt));
  return docs.map((d) => {
    const label = DOCUMENT_KIND_LABELS[d.kind] ?? d.kind;
    return ctx.mayRead('documents', { documentKind: d.kind, ownerOrganisationId: d.owner })
      ? { at: d.at.toISOString(), kind: 'document' as const, title: `Document : ${label} — ${d.name}`, lines: [`Empreinte SHA-256 : ${d.sha256}`], proofUrl: `/api/documents/${d.id}` }
      : { at: d.at.toISOString(), kind: 'document' as const, title: `Document : ${label}`, lines: ['Document non partagé avec vous'], proofUrl: null };
  });
};

/** The assistance renforcée's plan of supports and its agreements (signed PDFs with their fingerprints). */
export const assistanceEvents: LivretSource = async (ctx) => {
  const ids = await assistanceIdsOf(ctx);
  if (ids.length === 0) return [];
  const db = ctx.database.db;
  const items: TLivretEvent[] = (await db.select().from(planItems).where(inArray(planItems.assistanceId, ids))).map((p) => ({
    at: p.createdAt.toISOString(),
    kind: 'plan_item',
    title: `Appui : ${p.wording}`,
    lines: [`Statut : ${PLAN_STATUS[p.status] ?? p.status}`, ...(p.feedback ? [`Retour : ${p.feedback}`] : []), ...(p.effect ? [`Effet : ${p.effect}`] : [])],
    proofUrl: null,
  }));
  const agreed = await db.select({ id: agreements.id, version: agreements.version, at: agreements.createdAt, acceptedAt: agreements.acceptedAt, sha256: agreements.sha256 }).from(agreements).where(inArray(agreements.assistanceId, ids));
  return [
    ...items,
    ...agreed.map((g) => ({ at: g.at.toISOString(), kind: 'agreement' as const, title: `Accord d’assistance renforcée, version ${g.version}`, lines: [g.acceptedAt ? `Accepté le ${day(g.acceptedAt)}` : 'Pas encore accepté', `Empreinte SHA-256 : ${g.sha256}`], proofUrl: `/api/agreements/${g.id}/document` })),
  ];
};

/** Referrals to partners (issue 7) with the partner's answer and outcome; the référent's mediation notes stay out. */
export const referralEvents: LivretSource = async (ctx) => {
  const rows = await ctx.database.db
    .select({ r: referrals, entryName: partnerEntries.name, contactName: partnerContacts.name, planItem: planItems.wording })
    .from(referrals)
    .innerJoin(partnerContacts, eq(partnerContacts.id, referrals.contactId))
    .innerJoin(partnerEntries, eq(partnerEntries.id, partnerContacts.entryId))
    .leftJoin(planItems, eq(planItems.id, referrals.planItemId))
    .where(eq(referrals.pathwayId, ctx.pathwayId))
    .orderBy(asc(referrals.createdAt));
  return rows.map(({ r, entryName, contactName, planItem }) => ({
    at: r.createdAt.toISOString(),
    kind: 'referral' as const,
    title: `Mise en relation : ${entryName} (${contactName})`,
    lines: [
      `Consentement du candidat recueilli le ${day(r.consentAt)}`,
      ...(planItem ? [`Pour l’appui : ${planItem}`] : []),
      `Statut : ${REFERRAL_STATUS_LABELS[r.status]}${r.answeredAt ? ` (réponse du ${day(r.answeredAt)})` : ''}`,
      ...(r.declineReason ? [`Motif du refus : ${r.declineReason}`] : []),
      ...(r.outcome ? [`Résultat : ${r.outcome}`] : []),
    ],
    proofUrl: null,
  }));
};

/** Satisfaction questionnaires sent and answered; the answers themselves stay out (the candidate's opinion of an actor). */
export const satisfactionEvents: LivretSource = async (ctx) =>
  (await listSatisfactionForLivret(ctx.database.db, ctx.pathwayId)).map((e) => ({
    at: e.at.toISOString(),
    kind: 'satisfaction' as const,
    title: e.label,
    lines: [`${SATISFACTION_CONTEXT_LABELS[e.context]} — ${e.organisationName}`],
    proofUrl: null,
  }));

/** Every source of the livret, in no particular order (the livret sorts by date). */
export const LIVRET_SOURCES: readonly LivretSource[] = [appointmentEvents, transitionEvents, documentEvents, assistanceEvents, referralEvents, satisfactionEvents];
