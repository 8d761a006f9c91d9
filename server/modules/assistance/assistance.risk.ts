import { and, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { phaseOfState } from '../../../common/assistance';
import type { Executor } from '../../db/client';
import { appointmentParticipants, appointments, assessmentItems, assessments, commitments, jurySessions, pathwayTransitions, planItems } from '../../db/schema';
import { assessDropoutRisk, DEFAULT_RISK_LIMITS, type DropoutRisk } from '../../domain/assistance/dropout-risk';
import { computeDeadlines, type DeadlineLimits } from '../../domain/deadlines';
import { toDeadlineFacts, type PathwayRow } from '../pathways/pathways.store';
import { dayOf, type AssistanceRow } from './assistance.store';

/** Gathers the facts of one followed pathway and scores its risk of dropping out. */
export async function riskOf(exec: Executor, a: AssistanceRow, pathway: PathwayRow, limits: DeadlineLimits, now: Date): Promise<DropoutRisk> {
  const today = dayOf(now);
  const [overdueCommitments] = await exec
    .select({ n: sql<number>`count(*)::int` })
    .from(commitments)
    .where(and(eq(commitments.assistanceId, a.id), eq(commitments.status, 'open'), lt(commitments.dueOn, today)));
  const [overdueSupports] = await exec
    .select({ n: sql<number>`count(*)::int` })
    .from(planItems)
    .where(and(eq(planItems.assistanceId, a.id), inArray(planItems.status, ['planned', 'in_progress']), lt(planItems.dueOn, today)));
  const phase = phaseOfState(pathway.state);
  // The phase started with the last step that moved the pathway into it.
  const steps = await exec.select({ to: pathwayTransitions.toState, from: pathwayTransitions.fromState, at: pathwayTransitions.at }).from(pathwayTransitions).where(eq(pathwayTransitions.pathwayId, pathway.id)).orderBy(desc(pathwayTransitions.at));
  const entry = steps.find((s) => phaseOfState(s.to) === phase && phaseOfState(s.from) !== phase);
  const phaseStartedAt = entry?.at ?? pathway.startedAt;
  const upcoming = computeDeadlines(toDeadlineFacts(pathway), limits, now).filter((d) => d.status !== 'met' && d.dueAt.getTime() >= now.getTime());
  const [nextCommitment] = await exec.select().from(commitments).where(and(eq(commitments.assistanceId, a.id), eq(commitments.status, 'open'), gt(commitments.dueOn, today))).orderBy(commitments.dueOn).limit(1);
  const candidates = [...upcoming.map((d) => ({ label: d.label, dueAt: d.dueAt })), ...(nextCommitment ? [{ label: nextCommitment.label, dueAt: new Date(`${nextCommitment.dueOn}T23:59:59Z`) }] : [])];
  const nextDeadline = candidates.sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime())[0] ?? null;
  let partialValidationWithoutPlan = false;
  if (pathway.lastJuryOverall === 'partial' && phase === 'after_jury') {
    const [jury] = await exec.select({ at: jurySessions.scheduledAt }).from(jurySessions).where(eq(jurySessions.pathwayId, pathway.id)).orderBy(desc(jurySessions.scheduledAt)).limit(1);
    const [after] = jury ? await exec.select({ n: sql<number>`count(*)::int` }).from(planItems).where(and(eq(planItems.assistanceId, a.id), gt(planItems.createdAt, jury.at))) : [{ n: 0 }];
    partialValidationWithoutPlan = (after?.n ?? 0) === 0;
  }
  const [latest] = await exec.select({ id: assessments.id }).from(assessments).where(eq(assessments.assistanceId, a.id)).orderBy(desc(assessments.assessedAt)).limit(1);
  const [missing] = latest
    ? await exec.select({ n: sql<number>`count(*)::int` }).from(assessmentItems).where(and(eq(assessmentItems.assessmentId, latest.id), eq(assessmentItems.status, 'missing'), eq(assessmentItems.importance, 'important')))
    : [{ n: 0 }];
  const [missed] = await exec
    .select({ n: sql<number>`count(*)::int` })
    .from(appointmentParticipants)
    .innerJoin(appointments, eq(appointments.id, appointmentParticipants.appointmentId))
    .where(and(eq(appointmentParticipants.candidateId, pathway.candidateId), eq(appointmentParticipants.attendance, 'absent'), gt(appointments.startsAt, new Date(now.getTime() - 90 * 86_400_000)), lt(appointments.startsAt, now)));
  return assessDropoutRisk(
    {
      lastContactAt: pathway.lastContactAt,
      // Absences without notice over the last 90 days.
      missedAppointments: missed?.n ?? 0,
      overdueCommitments: overdueCommitments?.n ?? 0,
      overdueSupports: overdueSupports?.n ?? 0,
      phase,
      phaseStartedAt,
      nextDeadline,
      partialValidationWithoutPlan,
      missingImportantConditions: missing?.n ?? 0,
      assistanceStartedAt: a.startedAt,
    },
    DEFAULT_RISK_LIMITS,
    now,
  );
}
