import { addYears } from 'date-fns';
import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { phaseOfState } from '../../../common/assistance';
import type { Executor } from '../../db/client';
import { agreements, assessmentItems, assessments, assessmentSensitiveNotes, candidates, certifications, commitments, organisations, planItems, users } from '../../db/schema';
import type { Principal } from '../../lib/principal';
import { loadDeadlineLimits, loadPathway } from '../pathways/pathways.store';
import { canOnAssistance } from './assistance.policy';
import { riskOf } from './assistance.risk';
import type { TAssistance } from './assistance.schema';
import { dayOf, loadAssistance } from './assistance.store';

const { pdf: _pdf, ...agreementColumns } = getTableColumns(agreements);

interface AgreementContent {
  objectives?: string[];
  durationMonths?: number;
  candidateCommitments?: string[];
}

/** Everything one reader may see of an assistance; never the confidential notes themselves. */
export async function presentAssistance(exec: Executor, id: string, principal: Principal, now: Date): Promise<TAssistance> {
  const { row, access } = await loadAssistance(exec, id);
  const { row: pathway } = await loadPathway(exec, row.pathwayId);
  const [cand] = await exec.select({ id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName }).from(candidates).where(eq(candidates.id, pathway.candidateId));
  const [cert] = await exec.select({ code: certifications.code, title: certifications.title }).from(certifications).where(eq(certifications.id, pathway.certificationId));
  const orgIds = [row.organisationId, ...(row.proposerOrganisationId ? [row.proposerOrganisationId] : [])];
  const orgs = new Map((await exec.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, orgIds))).map((o) => [o.id, o.name]));
  const [referent] = row.referentUserId ? await exec.select({ name: users.displayName }).from(users).where(eq(users.id, row.referentUserId)) : [];
  if (!cand || !cert) throw new Error(`assistance ${id} has lost its pathway's candidate or certification`);

  const assessmentRows = await exec
    .select({ a: assessments, by: users.displayName })
    .from(assessments)
    .leftJoin(users, eq(users.id, assessments.assessedByUserId))
    .where(eq(assessments.assistanceId, id))
    .orderBy(asc(assessments.assessedAt));
  const assessmentIds = assessmentRows.map((r) => r.a.id);
  const items = assessmentIds.length ? await exec.select().from(assessmentItems).where(inArray(assessmentItems.assessmentId, assessmentIds)) : [];
  const noted = new Set(assessmentIds.length ? (await exec.select({ id: assessmentSensitiveNotes.assessmentId }).from(assessmentSensitiveNotes).where(inArray(assessmentSensitiveNotes.assessmentId, assessmentIds))).map((n) => n.id) : []);
  const plan = await exec
    .select({ p: planItems, orgName: organisations.name })
    .from(planItems)
    .leftJoin(organisations, eq(organisations.id, planItems.carrierOrganisationId))
    .where(eq(planItems.assistanceId, id))
    .orderBy(asc(planItems.createdAt));
  const agreementRows = await exec.select(agreementColumns).from(agreements).where(eq(agreements.assistanceId, id)).orderBy(asc(agreements.version));
  const commitmentRows = await exec.select().from(commitments).where(eq(commitments.assistanceId, id)).orderBy(asc(commitments.dueOn));
  const today = dayOf(now);
  const latestVersion = agreementRows.at(-1)?.version ?? 0;
  const limits = await loadDeadlineLimits(exec);

  return {
    id: row.id,
    pathwayId: row.pathwayId,
    candidate: cand,
    certification: cert,
    pathwayState: pathway.state,
    currentPhase: phaseOfState(pathway.state),
    organisation: { id: row.organisationId, name: orgs.get(row.organisationId) ?? '' },
    referentName: referent?.name ?? null,
    proposerKind: row.proposerKind,
    proposerOrganisationName: row.proposerOrganisationId ? (orgs.get(row.proposerOrganisationId) ?? null) : null,
    startPhase: row.startPhase,
    eligibility: row.eligibility,
    welcomeProject: row.welcomeProject,
    needIndicators: row.needIndicators,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    endsAt: addYears(row.startedAt, 2).toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    closureReason: row.closureReason,
    closureOutcome: row.closureOutcome,
    candidateLastWord: row.candidateLastWord,
    canEdit: canOnAssistance(principal, access, 'edit'),
    canReadSensitive: canOnAssistance(principal, access, 'read_sensitive'),
    assessments: assessmentRows.map(({ a, by }) => ({
      id: a.id,
      phase: a.phase,
      assessedAt: a.assessedAt.toISOString(),
      assessedBy: by,
      summary: a.summary,
      items: items.filter((i) => i.assessmentId === a.id).map((i) => ({ conditionCode: i.conditionCode, status: i.status, importance: i.importance, comment: i.comment })),
      hasSensitiveNotes: noted.has(a.id),
    })),
    plan: plan.map(({ p, orgName }) => ({
      id: p.id,
      supportCode: p.supportCode,
      customSupportId: p.customSupportId,
      wording: p.wording,
      nature: p.nature,
      phase: p.phase,
      carrierKind: p.carrierKind,
      carrierOrganisationId: p.carrierOrganisationId,
      carrierOrganisationName: orgName,
      dueOn: p.dueOn,
      status: p.status,
      overdue: (p.status === 'planned' || p.status === 'in_progress') && p.dueOn !== null && p.dueOn < today,
      reasons: p.reasons,
      feedback: p.feedback,
      effect: p.effect,
    })),
    agreements: agreementRows.map((g) => {
      const content = g.content as AgreementContent;
      return {
        id: g.id,
        version: g.version,
        createdAt: g.createdAt.toISOString(),
        sha256: g.sha256,
        nextAppointmentAt: g.nextAppointmentAt.toISOString(),
        objectives: content.objectives ?? [],
        durationMonths: content.durationMonths ?? 0,
        candidateCommitments: content.candidateCommitments ?? [],
        acceptedAt: g.acceptedAt?.toISOString() ?? null,
        acceptedVia: g.acceptedVia,
        acceptedSignatureName: g.acceptedSignatureName,
        current: g.version === latestVersion,
      };
    }),
    commitments: commitmentRows.map((c) => ({ id: c.id, label: c.label, dueOn: c.dueOn, status: c.status, overdue: c.status === 'open' && c.dueOn < today, metAt: c.metAt?.toISOString() ?? null })),
    risk: await riskOf(exec, row, pathway, limits, now),
  };
}
