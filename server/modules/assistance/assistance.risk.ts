import { and, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { phaseOfState } from '../../../common/assistance';
import { anyUuid } from '../../db/any-of';
import type { Executor } from '../../db/client';
import { appointmentParticipants, appointments, assessmentItems, assessments, commitments, jurySessions, pathwayTransitions, planItems } from '../../db/schema';
import { assessDropoutRisk, DEFAULT_RISK_LIMITS, type DropoutRisk } from '../../domain/assistance/dropout-risk';
import { computeDeadlines, type DeadlineLimits } from '../../domain/deadlines';
import { toDeadlineFacts, type PathwayRow } from '../pathways/pathways.store';
import { dayOf, type AssistanceRow } from './assistance.store';

/** Gathers the facts of one followed pathway and scores its risk of dropping out. */
export async function riskOf(exec: Executor, a: AssistanceRow, pathway: PathwayRow, limits: DeadlineLimits, now: Date): Promise<DropoutRisk> {
  const [risk] = await risksOf(exec, [{ a, p: pathway }], limits, now);
  if (!risk) throw new Error('risksOf returned no risk');
  return risk;
}

const countBy = (rows: readonly { id: string | null; n: number }[]) => new Map(rows.map((r) => [r.id ?? '', Number(r.n)]));

/**
 * The risk of dropping out of several followed pathways, in the same order: each fact is one
 * statement for all of them (grouped by assistance, pathway or candidate), not one per pathway —
 * a structure's "à traiter" scores a hundred open assistances per call.
 */
export async function risksOf(exec: Executor, rows: readonly { a: AssistanceRow; p: PathwayRow }[], limits: DeadlineLimits, now: Date): Promise<DropoutRisk[]> {
  if (rows.length === 0) return [];
  const today = dayOf(now);
  const ids = rows.map((r) => r.a.id);
  const pathwayIds = rows.map((r) => r.p.id);
  // Partial validation without a new plan only matters after a partial jury.
  const afterPartial = rows.filter((r) => r.p.lastJuryOverall === 'partial' && phaseOfState(r.p.state) === 'after_jury');
  const [overdueCommitments, overdueSupports, steps, nextCommitments, lastJuries, lastPlanItems, missing, missed] = await Promise.all([
    exec
      .select({ id: commitments.assistanceId, n: sql<number>`count(*)::int` })
      .from(commitments)
      .where(and(anyUuid(commitments.assistanceId, ids), eq(commitments.status, 'open'), lt(commitments.dueOn, today)))
      .groupBy(commitments.assistanceId),
    exec
      .select({ id: planItems.assistanceId, n: sql<number>`count(*)::int` })
      .from(planItems)
      .where(and(anyUuid(planItems.assistanceId, ids), inArray(planItems.status, ['planned', 'in_progress']), lt(planItems.dueOn, today)))
      .groupBy(planItems.assistanceId),
    exec
      .select({ pathwayId: pathwayTransitions.pathwayId, to: pathwayTransitions.toState, from: pathwayTransitions.fromState, at: pathwayTransitions.at })
      .from(pathwayTransitions)
      .where(anyUuid(pathwayTransitions.pathwayId, pathwayIds))
      .orderBy(desc(pathwayTransitions.at)),
    exec
      .selectDistinctOn([commitments.assistanceId], { id: commitments.assistanceId, label: commitments.label, dueOn: commitments.dueOn })
      .from(commitments)
      .where(and(anyUuid(commitments.assistanceId, ids), eq(commitments.status, 'open'), gt(commitments.dueOn, today)))
      .orderBy(commitments.assistanceId, commitments.dueOn, commitments.id),
    afterPartial.length
      ? exec
          .selectDistinctOn([jurySessions.pathwayId], { pathwayId: jurySessions.pathwayId, at: jurySessions.scheduledAt })
          .from(jurySessions)
          .where(anyUuid(jurySessions.pathwayId, afterPartial.map((r) => r.p.id)))
          .orderBy(jurySessions.pathwayId, desc(jurySessions.scheduledAt))
      : [],
    afterPartial.length
      ? exec
          .select({ id: planItems.assistanceId, at: sql<Date | null>`max(${planItems.createdAt})`.mapWith(planItems.createdAt) })
          .from(planItems)
          .where(anyUuid(planItems.assistanceId, afterPartial.map((r) => r.a.id)))
          .groupBy(planItems.assistanceId)
      : [],
    // Important conditions missing in each assistance's latest diagnostic.
    exec
      .select({ id: sql<string>`l.assistance_id`, n: sql<number>`count(*)::int` })
      .from(
        sql`(SELECT DISTINCT ON (assistance_id) id, assistance_id FROM ${assessments} WHERE assistance_id = ANY(${sql.param(ids)}::uuid[]) ORDER BY assistance_id, assessed_at DESC) l`,
      )
      .innerJoin(assessmentItems, and(eq(assessmentItems.assessmentId, sql`l.id`), eq(assessmentItems.status, 'missing'), eq(assessmentItems.importance, 'important')))
      .groupBy(sql`l.assistance_id`),
    // Absences without notice over the last 90 days.
    exec
      .select({ id: appointmentParticipants.candidateId, n: sql<number>`count(*)::int` })
      .from(appointmentParticipants)
      .innerJoin(appointments, eq(appointments.id, appointmentParticipants.appointmentId))
      .where(
        and(
          anyUuid(appointmentParticipants.candidateId, [...new Set(rows.map((r) => r.p.candidateId))]),
          eq(appointmentParticipants.attendance, 'absent'),
          gt(appointments.startsAt, new Date(now.getTime() - 90 * 86_400_000)),
          lt(appointments.startsAt, now),
        ),
      )
      .groupBy(appointmentParticipants.candidateId),
  ]);
  const commitmentsLate = countBy(overdueCommitments);
  const supportsLate = countBy(overdueSupports);
  const missingOf = countBy(missing);
  const missedOf = countBy(missed);
  const stepsOf = new Map<string, typeof steps>();
  for (const s of steps) stepsOf.set(s.pathwayId, [...(stepsOf.get(s.pathwayId) ?? []), s]);
  const nextOf = new Map(nextCommitments.map((c) => [c.id, c]));
  const juryOf = new Map(lastJuries.map((j) => [j.pathwayId, j.at]));
  const lastItemOf = new Map(lastPlanItems.map((p) => [p.id, p.at]));
  return rows.map(({ a, p: pathway }) => {
    const phase = phaseOfState(pathway.state);
    // The phase started with the last step that moved the pathway into it.
    const entry = (stepsOf.get(pathway.id) ?? []).find((s) => phaseOfState(s.to) === phase && phaseOfState(s.from) !== phase);
    const upcoming = computeDeadlines(toDeadlineFacts(pathway), limits, now).filter((d) => d.status !== 'met' && d.dueAt.getTime() >= now.getTime());
    const nextCommitment = nextOf.get(a.id);
    const candidates = [...upcoming.map((d) => ({ label: d.label, dueAt: d.dueAt })), ...(nextCommitment ? [{ label: nextCommitment.label, dueAt: new Date(`${nextCommitment.dueOn}T23:59:59Z`) }] : [])];
    const jury = juryOf.get(pathway.id);
    const lastItem = lastItemOf.get(a.id);
    const partialValidationWithoutPlan = pathway.lastJuryOverall === 'partial' && phase === 'after_jury' && !(jury && lastItem && lastItem.getTime() > jury.getTime());
    return assessDropoutRisk(
      {
        lastContactAt: pathway.lastContactAt,
        missedAppointments: missedOf.get(pathway.candidateId) ?? 0,
        overdueCommitments: commitmentsLate.get(a.id) ?? 0,
        overdueSupports: supportsLate.get(a.id) ?? 0,
        phase,
        phaseStartedAt: entry?.at ?? pathway.startedAt,
        nextDeadline: candidates.sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime())[0] ?? null,
        partialValidationWithoutPlan,
        missingImportantConditions: missingOf.get(a.id) ?? 0,
        assistanceStartedAt: a.startedAt,
      },
      DEFAULT_RISK_LIMITS,
      now,
    );
  });
}
