import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { candidates, pathways } from '../../../db/schema';
import { pageWindow } from '../../../lib/pagination';
import type { Principal } from '../../../lib/principal';
import { isPlatformAdmin } from '../../pathways/pathways.policy';
import { visiblePathwaysCondition } from '../../pathways/pathways.scope';
import { CANDIDATE_FILE_ROLES } from '../candidates.policy';
import type { TCandidateListQuery, TCandidateSummary } from '../candidates.schema';

const CREATOR_VIEW_ROLES = [...CANDIDATE_FILE_ROLES, 'director'] as const;

/** Mirrors `canOnCandidate(…, 'view')` in SQL: files the person's structure opened, or candidates of a pathway they see. */
function visibleCandidatesCondition(principal: Principal): SQL | undefined {
  if (isPlatformAdmin(principal)) return undefined;
  const memberships = principal.type === 'api_token' ? [{ organisationId: principal.organisationId, role: principal.role }] : principal.memberships;
  const creatorOrgs = memberships.filter((m) => (CREATOR_VIEW_ROLES as readonly string[]).includes(m.role)).map((m) => m.organisationId);
  const conditions: SQL[] = [];
  if (creatorOrgs.length > 0) conditions.push(inArray(candidates.createdByOrganisationId, creatorOrgs));
  const pathwayScope = visiblePathwaysCondition(principal);
  if (pathwayScope) conditions.push(sql`${candidates.id} IN (SELECT ${pathways.candidateId} FROM ${pathways} WHERE ${pathwayScope})`);
  return conditions.length ? or(...conditions) : sql`false`;
}

/** The candidates this person may see, searched by name or email, paginated. */
export async function listCandidates(opts: { database: Database; principal: Principal; query: TCandidateListQuery }): Promise<{ items: TCandidateSummary[]; total: number; page: number; pageSize: number }> {
  const { db } = opts.database;
  const q = opts.query;
  const filters: SQL[] = [];
  const scope = visibleCandidatesCondition(opts.principal);
  if (scope) filters.push(scope);
  if (q.q) {
    // Accent- and case-insensitive on "first last", "last first" and the email, so "benamar yanis" finds Yanis Benamar.
    const pattern = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(
      sql`(unaccent(${candidates.firstName} || ' ' || ${candidates.lastName}) ILIKE unaccent(${pattern})
        OR unaccent(${candidates.lastName} || ' ' || ${candidates.firstName}) ILIKE unaccent(${pattern})
        OR ${candidates.email} ILIKE ${pattern})`,
    );
  }
  if (q.departementCode) filters.push(eq(candidates.departementCode, q.departementCode));
  const where = filters.length ? and(...filters) : undefined;
  const { limit, offset } = pageWindow(q);
  const rows = await db
    .select({ id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName, email: candidates.email, departementCode: candidates.departementCode, hasAccount: sql<boolean>`${candidates.userId} IS NOT NULL` })
    .from(candidates)
    .where(where)
    .orderBy(asc(candidates.lastName), asc(candidates.firstName), asc(candidates.id))
    .limit(limit)
    .offset(offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(candidates).where(where);
  return { items: rows, total: count?.n ?? 0, page: q.page, pageSize: q.pageSize };
}
