/**
 * What a dashboard would cost without the rollups: the same cells (structure × month × metric ×
 * key × département × référent) counted straight from the raw tables (pathway_actors, pathways,
 * candidates, pathway_transitions, jury_sessions, assistances, agreements, plan_items) for one
 * scope: some structures, one period, some metrics. The attribution rules are those of the
 * recount (server/modules/dashboards/testing/recount.ts), restricted to the scope so the planner
 * can use the indexes a real query would: the structures' référent actors first, then their
 * pathways' history. $1 = structure ids, $2 = period start, $3 = period end.
 */
export type RawMetric = 'realised' | 'jury' | 'pathway_closed' | 'assistance_closed' | 'support' | 'phase_time';

const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;

const PARTS: Record<RawMetric, string> = {
  realised: `
  SELECT 'realised' AS metric, 'conseil_vae' AS key, o.organisation_id, o.dep, o.ref, f.at, 0::bigint AS seconds
  FROM (SELECT DISTINCT ON (t.pathway_id) t.pathway_id, t.at FROM pathway_transitions t JOIN owner o USING (pathway_id)
        WHERE t.from_state = 'information' ORDER BY t.pathway_id, t.at, t.id) f JOIN owner o USING (pathway_id)
  UNION ALL
  SELECT 'realised', 'assistance_renforcee', s.organisation_id, s.dep, s.ref, min(ag.accepted_at), 0
  FROM assisted s JOIN agreements ag ON ag.assistance_id = s.id AND ag.accepted_at IS NOT NULL GROUP BY s.id, s.organisation_id, s.dep, s.ref`,
  jury: `
  SELECT 'jury', j.overall, o.organisation_id, o.dep, o.ref, coalesce(j.result_entered_at, j.scheduled_at), 0
  FROM jury_sessions j JOIN owner o USING (pathway_id) WHERE j.overall IS NOT NULL`,
  pathway_closed: `
  SELECT 'pathway_closed', coalesce(t.data->>'reason', 'other'), o.organisation_id, o.dep, o.ref, t.at, 0
  FROM pathway_transitions t JOIN owner o USING (pathway_id) WHERE t.type = 'close'`,
  assistance_closed: `
  SELECT 'assistance_closed', s.closure_reason, s.organisation_id, s.dep, s.ref, coalesce(s.closed_at, s.updated_at), 0 FROM assisted s WHERE s.closure_reason IS NOT NULL`,
  support: `
  SELECT 'support', coalesce(pi.support_code, 'custom'), s.organisation_id, s.dep, s.ref, pi.created_at, 0 FROM plan_items pi JOIN assisted s ON s.id = pi.assistance_id`,
  phase_time: `
  SELECT 'phase_time', t.from_state, t.organisation_id, t.dep, t.ref, t.at, greatest(0, floor(extract(epoch FROM t.at - coalesce(t.prev, t.started_at))))::bigint
  FROM (SELECT t.*, o.organisation_id, o.dep, o.ref, p.started_at, lag(t.at) OVER (PARTITION BY t.pathway_id ORDER BY t.at, t.id) AS prev
        FROM pathway_transitions t JOIN owner o USING (pathway_id) JOIN pathways p ON p.id = t.pathway_id) t`,
};

export function rawDashboardSql(metrics: readonly RawMetric[]): string {
  return `
WITH followed AS (
  SELECT DISTINCT pathway_id FROM pathway_actors WHERE organisation_id = ANY($1::uuid[]) AND role = 'referent'
), owner AS MATERIALIZED (
  SELECT * FROM (
    SELECT DISTINCT ON (a.pathway_id) a.pathway_id, a.organisation_id, coalesce(a.user_id, ${NIL}) AS ref, coalesce(c.departement_code, '') AS dep
    FROM followed f JOIN pathway_actors a ON a.pathway_id = f.pathway_id AND a.role = 'referent'
    JOIN pathways p ON p.id = a.pathway_id JOIN candidates c ON c.id = p.candidate_id
    ORDER BY a.pathway_id, a.created_at, a.id
  ) x WHERE organisation_id = ANY($1::uuid[])
), assisted AS (
  SELECT a.id, a.organisation_id, coalesce(a.referent_user_id, ${NIL}) AS ref, coalesce(c.departement_code, '') AS dep, a.closure_reason, a.closed_at, a.updated_at
  FROM assistances a JOIN pathways p ON p.id = a.pathway_id JOIN candidates c ON c.id = p.candidate_id
  WHERE a.organisation_id = ANY($1::uuid[])
), facts AS (${metrics.map((m) => PARTS[m]).join('\n  UNION ALL')}
)
SELECT organisation_id, date_trunc('month', at AT TIME ZONE 'Europe/Paris')::date AS month, metric, key, dep, ref, count(*)::int AS n, sum(seconds)::float8 AS seconds
FROM facts WHERE at >= $2::timestamptz AND at < $3::timestamptz GROUP BY 1, 2, 3, 4, 5, 6`;
}
