import { and, count, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { SATISFACTION_MASK_THRESHOLD, SATISFACTION_QUESTIONS, SATISFACTION_VERSION } from '../../../../common/satisfaction';
import type { Database, Executor } from '../../../db/client';
import { organisations, pathwayActors, satisfactionAnswers, satisfactionRequests } from '../../../db/schema';
import { AppError } from '../../../lib/errors';
import { organisationIdsOf } from '../../../lib/policy';
import type { Principal } from '../../../lib/principal';
import { masksMean, SUMMARY_OUTSIDERS, summaryViewOf } from '../satisfaction.policy';
import type { TSatisfactionSummary } from '../satisfaction.schema';

/** The principal's funder organisations that fund at least one pathway this structure acts on. */
async function fundersOf(exec: Executor, principal: Principal, organisationId: string): Promise<string[]> {
  const mine = organisationIdsOf(principal, SUMMARY_OUTSIDERS);
  if (!mine.length) return [];
  const funder = alias(pathwayActors, 'funder');
  const rows = await exec
    .selectDistinct({ id: funder.organisationId })
    .from(pathwayActors)
    .innerJoin(funder, and(eq(funder.pathwayId, pathwayActors.pathwayId), eq(funder.role, 'funder')))
    .where(and(eq(pathwayActors.organisationId, organisationId), inArray(funder.organisationId, mine)));
  return rows.map((r) => r.id);
}

const nextDay = (day: string) => new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000);

/**
 * Aggregates of the questionnaires a structure sent in a period (by sending date, both days
 * included): how many were sent and answered, and per question the count, mean and distribution.
 * Only answers to the questionnaire version in force are aggregated, so a reworded question never
 * shares an average with its former wording.
 */
export async function satisfactionSummary(opts: { database: Database; principal: Principal; query: { organisationId: string; from: string; to: string } }): Promise<TSatisfactionSummary> {
  const db = opts.database.db;
  const { organisationId, from, to } = opts.query;
  const view = summaryViewOf(opts.principal, organisationId, await fundersOf(db, opts.principal, organisationId));
  const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
  if (!org) throw new AppError('NOT_FOUND', 'Structure introuvable.');
  const inPeriod = and(eq(satisfactionRequests.organisationId, organisationId), isNotNull(satisfactionRequests.sentAt), gte(satisfactionRequests.sentAt, new Date(`${from}T00:00:00Z`)), lt(satisfactionRequests.sentAt, nextDay(to)));
  const [totals] = await db
    .select({ sent: count(), answered: count(satisfactionRequests.answeredAt) })
    .from(satisfactionRequests)
    .where(inPeriod);
  const sent = totals?.sent ?? 0;
  const answered = totals?.answered ?? 0;
  const current = and(inPeriod, eq(satisfactionAnswers.questionnaireVersion, SATISFACTION_VERSION));
  const groups = await db
    .select({ questionId: satisfactionAnswers.questionId, score: satisfactionAnswers.score, choice: satisfactionAnswers.choice, n: count() })
    .from(satisfactionAnswers)
    .innerJoin(satisfactionRequests, eq(satisfactionRequests.id, satisfactionAnswers.requestId))
    .where(current)
    .groupBy(satisfactionAnswers.questionId, satisfactionAnswers.score, satisfactionAnswers.choice);
  const questions = SATISFACTION_QUESTIONS.map((q) => {
    const mine = groups.filter((g) => g.questionId === q.id);
    const total = mine.reduce((s, g) => s + g.n, 0);
    const masked = masksMean(view, total, SATISFACTION_MASK_THRESHOLD);
    let mean: number | null = null;
    let distribution: Record<string, number> | null = null;
    if (q.kind === 'scale') {
      distribution = Object.fromEntries([1, 2, 3, 4, 5].map((v) => [String(v), mine.filter((g) => g.score === v).reduce((s, g) => s + g.n, 0)]));
      mean = total ? Math.round((mine.reduce((s, g) => s + (g.score ?? 0) * g.n, 0) / total) * 100) / 100 : null;
    } else if (q.kind === 'yes_no') {
      distribution = { yes: mine.filter((g) => g.choice === true).reduce((s, g) => s + g.n, 0), no: mine.filter((g) => g.choice === false).reduce((s, g) => s + g.n, 0) };
    }
    return { questionId: q.id, label: q.label, kind: q.kind, count: total, mean: masked ? null : mean, distribution: masked ? null : distribution, masked };
  });
  const comments =
    view === 'inside'
      ? (
          await db
            .select({ text: satisfactionAnswers.comment, answeredAt: satisfactionRequests.answeredAt })
            .from(satisfactionAnswers)
            .innerJoin(satisfactionRequests, eq(satisfactionRequests.id, satisfactionAnswers.requestId))
            .where(and(current, isNotNull(satisfactionAnswers.comment), sql`length(${satisfactionAnswers.comment}) > 0`))
            .orderBy(satisfactionRequests.answeredAt)
        ).map((c) => ({ text: c.text ?? '', answeredAt: c.answeredAt?.toISOString() ?? '' }))
      : null;
  return {
    organisationId,
    organisationName: org.name,
    from,
    to,
    version: SATISFACTION_VERSION,
    sent,
    answered,
    responseRate: sent ? Math.round((answered / sent) * 1000) / 1000 : null,
    insider: view === 'inside',
    maskThreshold: SATISFACTION_MASK_THRESHOLD,
    questions,
    comments,
  };
}
