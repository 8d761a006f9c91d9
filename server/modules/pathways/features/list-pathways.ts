import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { candidates, certifications, pathwayActors, pathwayBlocs, pathways } from '../../../db/schema';
import { computeDeadlines, type DeadlineLimits } from '../../../domain/deadlines';
import type { Clock } from '../../../lib/clock';
import { pageWindow } from '../../../lib/pagination';
import type { Principal } from '../../../lib/principal';
import { rowsOf } from '../../certifications/certifications.sql';
import { presentPathwaySummary } from '../pathways.presenter';
import type { TPathwayListQuery, TPathwaySummary } from '../pathways.schema';
import { actorKeysCondition, overdueCondition, visibleActorKeys, visiblePathwaysCondition } from '../pathways.scope';
import { loadDeadlineLimits, toDeadlineFacts } from '../pathways.store';

const remainingCount = sql<number>`(SELECT count(*)::int FROM ${pathwayBlocs} WHERE ${pathwayBlocs.pathwayId} = ${pathways.id} AND ${pathwayBlocs.acquiredAt} IS NULL)`;
// Same as `remainingCount > 0`, but stops at the first unacquired bloc (pathway_blocs_remaining_idx).
const hasRemaining = sql`EXISTS (SELECT 1 FROM ${pathwayBlocs} WHERE ${pathwayBlocs.pathwayId} = ${pathways.id} AND ${pathwayBlocs.acquiredAt} IS NULL)`;

/** The pathways this person may see, filtered and paginated. */
export async function listPathways(opts: { database: Database; clock: Clock; principal: Principal; query: TPathwayListQuery }) {
  const { db } = opts.database;
  const q = opts.query;
  const now = opts.clock.now();
  const limits = await loadDeadlineLimits(db);
  const filters: SQL[] = [];
  if (q.state) filters.push(eq(pathways.state, q.state));
  if (q.certificationCode) filters.push(eq(certifications.code, q.certificationCode));
  if (q.departementCode) filters.push(eq(candidates.departementCode, q.departementCode));
  if (q.actorOrganisationId) filters.push(sql`${pathways.id} IN (SELECT ${pathwayActors.pathwayId} FROM ${pathwayActors} WHERE ${pathwayActors.organisationId} = ${q.actorOrganisationId})`);
  if (q.overdue !== undefined) filters.push(q.overdue ? overdueCondition(limits, now) : sql`NOT ${overdueCondition(limits, now)}`);
  if (q.hasRemainingBlocs !== undefined) filters.push(q.hasRemainingBlocs ? hasRemaining : sql`NOT ${hasRemaining}`);
  const { limit, offset } = pageWindow(q);
  const keys = visibleActorKeys(opts.principal);
  // One organisation in one role (a référent, an accompagnateur…): walk that organisation's actor
  // rows in list order and join each pathway, whatever the filters (pathway_actors_list_idx).
  const key = keys?.length === 1 && keys[0]?.roles.length === 1 ? keys[0] : null;
  if (key) {
    const mine = and(actorKeysCondition([key]), ...filters);
    const rows = await summaryQuery(db).innerJoin(pathwayActors, eq(pathwayActors.pathwayId, pathways.id)).where(mine).orderBy(desc(pathwayActors.pathwayUpdatedAt), desc(pathwayActors.pathwayId)).limit(limit).offset(offset);
    const count = filters.length ? await countThroughActors(db, mine, q) : (await db.select({ n: sql<number>`count(*)::int` }).from(pathwayActors).where(mine))[0]?.n;
    return { items: rows.map((r) => present(r, limits, now)), total: count ?? 0, page: q.page, pageSize: q.pageSize };
  }
  if (filters.length === 0 && keys !== null && keys.length > 0) {
    const page = await scopedPage(db, keys, limit, offset);
    const items = await summaries(db, page.ids, limits, now);
    return { items, total: page.total, page: q.page, pageSize: q.pageSize };
  }
  const scope = visiblePathwaysCondition(opts.principal);
  if (scope) filters.push(scope);
  const where = filters.length ? and(...filters) : undefined;
  const rows = await summaryQuery(db)
    .where(where)
    .orderBy(desc(pathways.updatedAt), desc(pathways.id))
    .limit(limit)
    .offset(offset);
  // Both joins follow NOT NULL foreign keys, so they never change the count: only join what a filter reads.
  let counting = db.select({ n: sql<number>`count(*)::int` }).from(pathways).$dynamic();
  if (q.departementCode) counting = counting.innerJoin(candidates, eq(candidates.id, pathways.candidateId));
  if (q.certificationCode) counting = counting.innerJoin(certifications, eq(certifications.id, pathways.certificationId));
  const [count] = await counting.where(where);
  return { items: rows.map((r) => present(r, limits, now)), total: count?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** A pathway with its candidate, certification and count of remaining blocs: one list row. */
function summaryQuery(db: Database['db']) {
  return db
    .select({ pathway: pathways, candidate: { id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName, departementCode: candidates.departementCode }, cert: { id: certifications.id, code: certifications.code, title: certifications.title }, remaining: remainingCount })
    .from(pathways)
    .innerJoin(candidates, eq(candidates.id, pathways.candidateId))
    .innerJoin(certifications, eq(certifications.id, pathways.certificationId))
    .$dynamic();
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

function present(r: SummaryRow, limits: DeadlineLimits, now: Date): TPathwaySummary {
  return presentPathwaySummary(r.pathway, r.candidate, r.cert, r.remaining, computeDeadlines(toDeadlineFacts(r.pathway), limits, now));
}

/**
 * The filtered count of one organisation's pathways: each of its actor rows looks its pathway up by
 * key (the OFFSET 0 keeps the planner from turning this into a scan of every pathway, which it
 * prefers when it misjudges how many rows the filters keep).
 */
async function countThroughActors(db: Database['db'], where: SQL | undefined, q: TPathwayListQuery): Promise<number> {
  const joins = [
    q.departementCode ? sql`JOIN ${candidates} ON ${candidates.id} = ${pathways.candidateId}` : sql``,
    q.certificationCode ? sql`JOIN ${certifications} ON ${certifications.id} = ${pathways.certificationId}` : sql``,
  ];
  const result = await db.execute(
    sql`SELECT count(*)::int AS n FROM ${pathwayActors} CROSS JOIN LATERAL (SELECT * FROM ${pathways} WHERE ${pathways.id} = ${pathwayActors.pathwayId} OFFSET 0) AS ${pathways} ${sql.join(joins, sql` `)} WHERE ${where}`,
  );
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

type ActorKeys = NonNullable<ReturnType<typeof visibleActorKeys>>;

/**
 * "My list", unfiltered: the page and the count come from the actor rows alone, in the order of
 * their copy of the pathway's updated_at (index pathway_actors_list_idx), without visiting the
 * thousands of pathways a structure follows.
 */
async function scopedPage(db: Database['db'], keys: ActorKeys, limit: number, offset: number): Promise<{ ids: string[]; total: number }> {
  const scope = actorKeysCondition(keys);
  const order = [desc(pathwayActors.pathwayUpdatedAt), desc(pathwayActors.pathwayId)] as const;
  // One organisation in one role: actor rows are unique per pathway, the index gives the order.
  const single = keys.length === 1 && keys[0]?.roles.length === 1;
  const ids = single
    ? (await db.select({ id: pathwayActors.pathwayId }).from(pathwayActors).where(scope).orderBy(...order).limit(limit).offset(offset)).map((r) => r.id)
    : (await db.selectDistinct({ id: pathwayActors.pathwayId, at: pathwayActors.pathwayUpdatedAt }).from(pathwayActors).where(scope).orderBy(...order).limit(limit).offset(offset)).map((r) => r.id);
  const [count] = await db.select({ n: single ? sql<number>`count(*)::int` : sql<number>`count(DISTINCT ${pathwayActors.pathwayId})::int` }).from(pathwayActors).where(scope);
  return { ids, total: count?.n ?? 0 };
}

/** The summaries of the given pathways, in the given order. */
async function summaries(db: Database['db'], ids: string[], limits: DeadlineLimits, now: Date): Promise<TPathwaySummary[]> {
  if (ids.length === 0) return [];
  const rows = await summaryQuery(db).where(inArray(pathways.id, ids));
  const byId = new Map(rows.map((r) => [r.pathway.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [present(r, limits, now)] : [];
  });
}

