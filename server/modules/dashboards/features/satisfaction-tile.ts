import { and, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import { anyUuid } from '../../../db/any-of';
import type { Executor } from '../../../db/client';
import { satisfactionAnswers, satisfactionRequests } from '../../../db/schema';
import { maskedMean } from '../../../domain/dashboards/masking';
import { show } from '../../../domain/dashboards/masking';

/**
 * Satisfaction of the structures' candidates over the year, read from the satisfaction module's
 * tables: questionnaires answered, and the mean of the scored answers. Both are masked below the
 * minimum count (the mean needs that many questionnaires behind it).
 */
export async function satisfactionTile(exec: Executor, opts: { organisationIds: readonly string[]; year: number; minCount: number }) {
  if (opts.organisationIds.length === 0) return { answered: show(0, false), meanScore: { masked: true as const } };
  const from = new Date(`${opts.year}-01-01T00:00:00+01:00`);
  const to = new Date(`${opts.year + 1}-01-01T00:00:00+01:00`);
  const inScope = and(anyUuid(satisfactionRequests.organisationId, opts.organisationIds), isNotNull(satisfactionRequests.answeredAt), gte(satisfactionRequests.answeredAt, from), lt(satisfactionRequests.answeredAt, to));
  const [count] = await exec.select({ n: sql<number>`count(*)::int` }).from(satisfactionRequests).where(inScope);
  const [score] = await exec
    .select({ mean: sql<number | null>`avg(${satisfactionAnswers.score})::float8` })
    .from(satisfactionAnswers)
    .innerJoin(satisfactionRequests, eq(satisfactionRequests.id, satisfactionAnswers.requestId))
    .where(and(inScope, isNotNull(satisfactionAnswers.score)));
  const answered = Number(count?.n ?? 0);
  const mean = maskedMean((score?.mean ?? 0) * answered, score?.mean === null || score?.mean === undefined ? 0 : answered, opts.minCount);
  return { answered: show(answered, answered > 0 && answered < opts.minCount), meanScore: mean.masked ? mean : { ...mean, value: Math.round(mean.value * 100) / 100 } };
}
