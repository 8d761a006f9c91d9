import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { anyText, anyUuid } from '../../../db/any-of';
import type { Executor } from '../../../db/client';
import { dashboardMonthlyCounts, dashboardYearlyCounts } from '../../../db/schema';

/** The metrics the rollup counts (see migrations/20261206T1100_targets.sql and docs/decisions/0005-dashboard-rollups.md). */
export type Metric = 'realised' | 'jury' | 'pathway_closed' | 'assistance_closed' | 'support' | 'phase_time';

export const NO_REFERENT = '00000000-0000-0000-0000-000000000000';

export interface RollupFilter {
  organisationIds: readonly string[];
  year: number;
  metric: Metric;
  departementCodes?: readonly string[];
}

/** The scope of a read of the yearly rollup: some structures' calendar year, in some départements. */
export type YearScope = Omit<RollupFilter, 'metric'>;

export interface RollupRow {
  organisationId: string;
  departementCode: string;
  referentUserId: string;
  key: string;
  /** 1..12 */
  month: number;
  n: number;
  seconds: number;
}

/**
 * Reads the monthly rollup (dashboard_monthly_counts) of one metric for some structures over one
 * calendar year, at full detail: structure, département, référent and month. Its primary key
 * starts with (organisation_id, metric, month), so this is one index range per structure. For one
 * structure or a groupement; a funder's many structures read the yearly rollup below.
 */
export async function readRollup(exec: Executor, f: RollupFilter): Promise<RollupRow[]> {
  if (f.organisationIds.length === 0) return [];
  const d = dashboardMonthlyCounts;
  const rows = await exec
    .select({
      organisationId: d.organisationId,
      departementCode: d.departementCode,
      referentUserId: d.referentUserId,
      key: d.key,
      month: sql<number>`extract(month from ${d.month})::int`,
      n: d.n,
      seconds: d.seconds,
    })
    .from(d)
    .where(
      and(
        anyUuid(d.organisationId, f.organisationIds),
        eq(d.metric, f.metric),
        gte(d.month, `${f.year}-01-01`),
        lt(d.month, `${f.year + 1}-01-01`),
        f.departementCodes ? anyText(d.departementCode, f.departementCodes) : undefined,
      ),
    );
  return rows.map((r) => ({ ...r, month: Number(r.month), n: Number(r.n), seconds: Number(r.seconds) }));
}

const yearlyScope = (f: YearScope, metrics: readonly Metric[]) => {
  const y = dashboardYearlyCounts;
  return and(
    anyUuid(y.organisationId, f.organisationIds),
    metrics.length === 1 ? eq(y.metric, metrics[0] ?? '') : anyText(y.metric, metrics),
    eq(y.year, f.year),
    f.departementCodes ? anyText(y.departementCode, f.departementCodes) : undefined,
  );
};

/**
 * Year sums per metric and key over the scope (every structure, département and référent summed),
 * several metrics in one statement on dashboard_yearly_counts: metric → key → count and seconds.
 */
export async function readKeyTotals(
  exec: Executor,
  f: YearScope & { metrics: readonly Metric[] },
): Promise<Map<Metric, Map<string, { n: number; seconds: number }>>> {
  const out = new Map<Metric, Map<string, { n: number; seconds: number }>>();
  if (f.organisationIds.length === 0) return out;
  const y = dashboardYearlyCounts;
  const rows = await exec
    .select({ metric: y.metric, key: y.key, n: sql<number>`sum(${y.n})::float8`, seconds: sql<number>`sum(${y.seconds})::float8` })
    .from(y)
    .where(yearlyScope(f, f.metrics))
    .groupBy(y.metric, y.key);
  for (const r of rows) {
    const metric = r.metric as Metric;
    const keys = out.get(metric) ?? new Map<string, { n: number; seconds: number }>();
    keys.set(r.key, { n: Number(r.n), seconds: Number(r.seconds) });
    out.set(metric, keys);
  }
  return out;
}

/** A metric's twelve monthly counts per key, and per structure and/or département when kept. */
export interface MonthsRow {
  organisationId: string;
  departementCode: string;
  key: string;
  /** January first */
  months: number[];
}

/**
 * The monthly counts of some structures over a calendar year, one row per key (and structure,
 * département when kept) with its twelve months, from dashboard_yearly_counts: a national year is
 * a few thousand rows, where the monthly rollup has one per month and référent. With structure and
 * département kept each stored row is its own group and is read as it is; otherwise the months
 * are summed element-wise in SQL.
 */
export async function readMonths(exec: Executor, f: YearScope & { metric: Metric; keep: readonly ('organisation' | 'departement')[] }): Promise<MonthsRow[]> {
  if (f.organisationIds.length === 0) return [];
  const y = dashboardYearlyCounts;
  const keep = new Set(f.keep);
  const whole = keep.has('organisation') && keep.has('departement');
  const rows = await exec
    .select({
      organisationId: keep.has('organisation') ? y.organisationId : sql<string>`''`,
      departementCode: keep.has('departement') ? y.departementCode : sql<string>`''`,
      key: y.key,
      months: whole ? sql<number[]>`${y.months}::float8[]` : sql<number[]>`dashboard_months_sum(${y.months})::float8[]`,
    })
    .from(y)
    .where(yearlyScope(f, [f.metric]))
    .groupBy(...(whole ? [] : [y.key, ...(keep.has('organisation') ? [y.organisationId] : []), ...(keep.has('departement') ? [y.departementCode] : [])]));
  return rows.map((r) => ({ ...r, months: r.months.map(Number) }));
}

/** Twelve monthly sums of the rows that pass `keep`. */
export function byMonth(rows: readonly RollupRow[], keep: (r: RollupRow) => boolean = () => true): number[] {
  const out = Array<number>(12).fill(0);
  for (const r of rows) if (keep(r)) out[r.month - 1] = (out[r.month - 1] ?? 0) + r.n;
  return out;
}

/**
 * Twelve monthly sums per group (`group` gives the group of a row, or null to leave it out), in
 * one pass: tables of a thousand structures × a hundred départements must not rescan the rows
 * for every cell.
 */
export function monthsBy(rows: readonly MonthsRow[], group: (r: MonthsRow) => string | null): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of rows) {
    const g = group(r);
    if (g === null) continue;
    let months = out.get(g);
    if (!months) out.set(g, (months = Array<number>(12).fill(0)));
    for (let i = 0; i < 12; i++) months[i] = (months[i] ?? 0) + (r.months[i] ?? 0);
  }
  return out;
}

/** The months of a group from `monthsBy`, or twelve zeros. */
export function monthsOf(index: ReadonlyMap<string, readonly number[]>, group: string): number[] {
  return [...(index.get(group) ?? Array<number>(12).fill(0))];
}
