import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { dashboardMonthlyCounts } from '../../../db/schema';

/** The metrics the rollup counts (see migrations/20261206T1100_targets.sql and docs/decisions/0005-dashboard-rollups.md). */
export type Metric = 'realised' | 'jury' | 'pathway_closed' | 'assistance_closed' | 'support' | 'phase_time';

export const NO_REFERENT = '00000000-0000-0000-0000-000000000000';

export interface RollupFilter {
  organisationIds: readonly string[];
  year: number;
  metric: Metric;
  departementCodes?: readonly string[];
  referentUserId?: string;
  /**
   * The detail kept (default: all). What is left out is summed over in SQL and comes back as ''
   * (or month 0): a funder's year over a thousand structures needs sums per key, not the rollup's
   * hundreds of thousands of rows per référent.
   */
  keep?: readonly ('organisation' | 'departement' | 'referent' | 'month')[];
}

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
 * Reads the monthly rollup of one metric for some structures over one calendar year. The rollup's
 * primary key starts with (organisation_id, metric, month), so this is one index range per structure.
 */
export async function readRollup(exec: Executor, f: RollupFilter): Promise<RollupRow[]> {
  if (f.organisationIds.length === 0) return [];
  const d = dashboardMonthlyCounts;
  const keep = new Set(f.keep ?? ['organisation', 'departement', 'referent', 'month']);
  const rows = await exec
    .select({
      organisationId: keep.has('organisation') ? d.organisationId : sql<string>`''`,
      departementCode: keep.has('departement') ? d.departementCode : sql<string>`''`,
      referentUserId: keep.has('referent') ? d.referentUserId : sql<string>`''`,
      key: d.key,
      month: keep.has('month') ? sql<number>`extract(month from ${d.month})::int` : sql<number>`0`,
      n: sql<number>`sum(${d.n})::float8`,
      seconds: sql<number>`sum(${d.seconds})::float8`,
    })
    .from(d)
    .where(
      and(
        inArray(d.organisationId, [...f.organisationIds]),
        eq(d.metric, f.metric),
        gte(d.month, `${f.year}-01-01`),
        lt(d.month, `${f.year + 1}-01-01`),
        f.departementCodes ? inArray(d.departementCode, f.departementCodes.length ? [...f.departementCodes] : ['']) : undefined,
        f.referentUserId ? eq(d.referentUserId, f.referentUserId) : undefined,
      ),
    )
    .groupBy(
      d.key,
      ...(keep.has('organisation') ? [d.organisationId] : []),
      ...(keep.has('departement') ? [d.departementCode] : []),
      ...(keep.has('referent') ? [d.referentUserId] : []),
      ...(keep.has('month') ? [d.month] : []),
    );
  return rows.map((r) => ({ ...r, month: Number(r.month), n: Number(r.n), seconds: Number(r.seconds) }));
}

/** Twelve monthly sums of the rows that pass `keep`. */
export function byMonth(rows: readonly RollupRow[], keep: (r: RollupRow) => boolean = () => true): number[] {
  const out = Array<number>(12).fill(0);
  for (const r of rows) if (keep(r)) out[r.month - 1] = (out[r.month - 1] ?? 0) + r.n;
  return out;
}

/** Sums per key (and the summed seconds), over the rows that pass `keep`. */
export function byKey(rows: readonly RollupRow[], keep: (r: RollupRow) => boolean = () => true): Map<string, { n: number; seconds: number }> {
  const out = new Map<string, { n: number; seconds: number }>();
  for (const r of rows) {
    if (!keep(r)) continue;
    const cur = out.get(r.key) ?? { n: 0, seconds: 0 };
    out.set(r.key, { n: cur.n + r.n, seconds: cur.seconds + r.seconds });
  }
  return out;
}

/**
 * Twelve monthly sums per group (`group` gives the group of a row, or null to leave it out), in
 * one pass: tables of a thousand structures × a hundred départements must not rescan the rows
 * for every cell.
 */
export function monthsBy(rows: readonly RollupRow[], group: (r: RollupRow) => string | null): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of rows) {
    const g = group(r);
    if (g === null || r.month < 1) continue;
    let months = out.get(g);
    if (!months) out.set(g, (months = Array<number>(12).fill(0)));
    months[r.month - 1] = (months[r.month - 1] ?? 0) + r.n;
  }
  return out;
}

/** The months of a group from `monthsBy`, or twelve zeros. */
export function monthsOf(index: ReadonlyMap<string, readonly number[]>, group: string): number[] {
  return [...(index.get(group) ?? Array<number>(12).fill(0))];
}
