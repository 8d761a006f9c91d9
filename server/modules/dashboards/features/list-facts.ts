import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { candidates, certifications, dashboardFacts, pathways, users } from '../../../db/schema';
import type { Principal } from '../../../lib/principal';
import { assertDashboard } from '../dashboards.policy';
import type { TFactsQuery } from '../dashboards.schema';

const LIMIT = 500;

/**
 * The list behind a figure of the référent's or director's dashboard: the pathways counted, with
 * the candidate's name. Only the structure's own people come here; funders stop at the counts.
 */
export async function listFacts(opts: { database: Database; principal: Principal; query: TFactsQuery }) {
  const q = opts.query;
  assertDashboard(opts.principal, q.organisationId, ['director', 'referent']);
  const from = q.month ? `${q.year}-${String(q.month).padStart(2, '0')}-01` : `${q.year}-01-01`;
  const to = q.month ? (q.month === 12 ? `${q.year + 1}-01-01` : `${q.year}-${String(q.month + 1).padStart(2, '0')}-01`) : `${q.year + 1}-01-01`;
  const f = dashboardFacts;
  const rows = await opts.database.db
    .select({ f, firstName: candidates.firstName, lastName: candidates.lastName, code: certifications.code, referentName: users.displayName })
    .from(f)
    .innerJoin(pathways, eq(pathways.id, f.pathwayId))
    .innerJoin(candidates, eq(candidates.id, pathways.candidateId))
    .innerJoin(certifications, eq(certifications.id, pathways.certificationId))
    .leftJoin(users, eq(users.id, f.referentUserId))
    .where(
      and(
        eq(f.organisationId, q.organisationId),
        eq(f.metric, q.metric),
        // The same French-calendar month as the rollup, so the list has exactly the figure's rows.
        gte(sql`dashboard_month(${f.occurredAt})`, from),
        lt(sql`dashboard_month(${f.occurredAt})`, to),
        q.key ? eq(f.key, q.key) : undefined,
        q.departementCode ? eq(f.departementCode, q.departementCode) : undefined,
        q.referentUserId ? eq(f.referentUserId, q.referentUserId) : undefined,
      ),
    )
    .orderBy(desc(f.occurredAt))
    .limit(LIMIT + 1);
  return {
    items: rows.slice(0, LIMIT).map((r) => ({ pathwayId: r.f.pathwayId, candidateName: `${r.firstName} ${r.lastName}`, certificationCode: r.code, key: r.f.key, departementCode: r.f.departementCode, referentName: r.referentName, occurredAt: r.f.occurredAt.toISOString() })),
    truncated: rows.length > LIMIT,
  };
}
