import type { Database } from '../../../db/client';

/**
 * A straight recount of every rollup figure from the raw tables (pathways, transitions, juries,
 * assistances, agreements, plan items), written without the facts table or the triggers, with the
 * attribution rules of docs/decisions/0005-dashboard-rollups.md. Tests compare it to the rollup.
 */
export const RECOUNT_SQL = `
WITH owner AS (
  SELECT DISTINCT ON (a.pathway_id) a.pathway_id, a.organisation_id, coalesce(a.user_id, '00000000-0000-0000-0000-000000000000'::uuid) AS ref, coalesce(c.departement_code, '') AS dep
  FROM pathway_actors a JOIN pathways p ON p.id = a.pathway_id JOIN candidates c ON c.id = p.candidate_id
  WHERE a.role = 'referent' ORDER BY a.pathway_id, a.created_at, a.id
), assisted AS (
  SELECT a.id, a.organisation_id, coalesce(a.referent_user_id, '00000000-0000-0000-0000-000000000000'::uuid) AS ref, coalesce(c.departement_code, '') AS dep, a.closure_reason, a.closed_at, a.updated_at
  FROM assistances a JOIN pathways p ON p.id = a.pathway_id JOIN candidates c ON c.id = p.candidate_id
), timed AS (
  SELECT t.*, lag(t.at) OVER (PARTITION BY t.pathway_id ORDER BY t.at, t.id) AS prev FROM pathway_transitions t
), facts AS (
  SELECT 'realised' AS metric, 'conseil_vae' AS key, o.organisation_id, o.dep, o.ref, f.at, 0::bigint AS seconds
  FROM (SELECT DISTINCT ON (pathway_id) pathway_id, at FROM pathway_transitions WHERE from_state = 'information' ORDER BY pathway_id, at, id) f JOIN owner o USING (pathway_id)
  UNION ALL
  SELECT 'realised', 'assistance_renforcee', s.organisation_id, s.dep, s.ref, min(ag.accepted_at), 0
  FROM assisted s JOIN agreements ag ON ag.assistance_id = s.id AND ag.accepted_at IS NOT NULL GROUP BY s.id, s.organisation_id, s.dep, s.ref
  UNION ALL
  SELECT 'jury', j.overall, o.organisation_id, o.dep, o.ref, coalesce(j.result_entered_at, j.scheduled_at), 0
  FROM jury_sessions j JOIN owner o USING (pathway_id) WHERE j.overall IS NOT NULL
  UNION ALL
  SELECT 'pathway_closed', coalesce(t.data->>'reason', 'other'), o.organisation_id, o.dep, o.ref, t.at, 0
  FROM pathway_transitions t JOIN owner o USING (pathway_id) WHERE t.type = 'close'
  UNION ALL
  SELECT 'assistance_closed', s.closure_reason, s.organisation_id, s.dep, s.ref, coalesce(s.closed_at, s.updated_at), 0 FROM assisted s WHERE s.closure_reason IS NOT NULL
  UNION ALL
  SELECT 'support', coalesce(pi.support_code, 'custom'), s.organisation_id, s.dep, s.ref, pi.created_at, 0 FROM plan_items pi JOIN assisted s ON s.id = pi.assistance_id
  UNION ALL
  SELECT 'phase_time', t.from_state, o.organisation_id, o.dep, o.ref, t.at, greatest(0, floor(extract(epoch FROM t.at - coalesce(t.prev, p.started_at))))::bigint
  FROM timed t JOIN pathways p ON p.id = t.pathway_id JOIN owner o ON o.pathway_id = t.pathway_id
)
SELECT organisation_id::text AS org, date_trunc('month', at AT TIME ZONE 'Europe/Paris')::date::text AS month, metric, key, dep, ref::text AS ref, count(*)::int AS n, sum(seconds)::float8 AS seconds
FROM facts GROUP BY 1, 2, 3, 4, 5, 6`;

export interface CountRow {
  org: string;
  month: string;
  metric: string;
  key: string;
  dep: string;
  ref: string;
  n: number;
  seconds: number;
}

const keyOf = (r: CountRow) => [r.org, r.month, r.metric, r.key, r.dep, r.ref].join('|');

/** Figure key → [count, seconds], from the raw tables. */
export async function recount(database: Database): Promise<Map<string, [number, number]>> {
  const rows = await database.query<CountRow>(RECOUNT_SQL);
  return new Map(rows.map((r) => [keyOf(r), [Number(r.n), Number(r.seconds)]]));
}

/** Figure key → [count, seconds], as the rollup holds them. */
export async function rollup(database: Database): Promise<Map<string, [number, number]>> {
  const rows = await database.query<CountRow>(
    `SELECT organisation_id::text AS org, month::text AS month, metric, key, departement_code AS dep, referent_user_id::text AS ref, n::int AS n, seconds::float8 AS seconds FROM dashboard_monthly_counts`,
  );
  return new Map(rows.map((r) => [keyOf(r), [Number(r.n), Number(r.seconds)]]));
}

/**
 * The yearly rollup's figures (référent summed over), keyed org|year|metric|key|dep → [count per
 * month × 12, total count, total seconds]: from the table, or derived from the monthly recount.
 */
export type YearlyFigures = Map<string, [number[], number, number]>;

export async function yearlyRollup(database: Database): Promise<YearlyFigures> {
  const rows = await database.query<{ org: string; year: number; metric: string; key: string; dep: string; months: number[]; n: number; seconds: number }>(
    `SELECT organisation_id::text AS org, year, metric, key, departement_code AS dep, months::float8[] AS months, n::float8 AS n, seconds::float8 AS seconds FROM dashboard_yearly_counts`,
  );
  return new Map(rows.map((r) => [[r.org, r.year, r.metric, r.key, r.dep].join('|'), [r.months.map(Number), Number(r.n), Number(r.seconds)]]));
}

export function yearlyFromMonthly(monthly: ReadonlyMap<string, [number, number]>): YearlyFigures {
  const out: YearlyFigures = new Map();
  for (const [k, [n, seconds]] of monthly) {
    const [org = '', month = '', metric = '', key = '', dep = ''] = k.split('|');
    const id = [org, Number(month.slice(0, 4)), metric, key, dep].join('|');
    const cur = out.get(id) ?? [Array<number>(12).fill(0), 0, 0];
    const m = Number(month.slice(5, 7)) - 1;
    cur[0][m] = (cur[0][m] ?? 0) + n;
    out.set(id, [cur[0], cur[1] + n, cur[2] + seconds]);
  }
  return out;
}
