import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { pageWindow } from '../../../lib/pagination';
import { organisationIdsOf } from '../../../lib/policy';
import type { Principal } from '../../../lib/principal';
import { rowsOf } from '../certifications.sql';
import { editReasons } from './can-edit-enrichment';
import type { TMyCertificationReason, TMyCertificationsQuery, TMyCertificationsResponse } from '../my-certifications.schema';

interface Row {
  total: number;
  code: string | null;
  title: string;
  level: number | null;
  active: boolean;
  vae_open: boolean;
  manager: boolean;
  siret: boolean;
  updated_at: Date | string | null;
  edited_at: Date | string | null;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/**
 * The records whose VAE enrichment the caller may edit, for the reasons canEditEnrichment reads
 * (editReasons) in the organisations where the caller is a certificateur agent. One statement: the page,
 * ordered by title, joined to the total so that a page past the end still tells it.
 */
export async function listMyCertifications(opts: { exec: Executor; principal: Principal | null; query: TMyCertificationsQuery }): Promise<TMyCertificationsResponse> {
  const { page, pageSize } = opts.query;
  // The route's policy lets no one in without a principal; without one, nothing is listed.
  const organisationIds = opts.principal ? organisationIdsOf(opts.principal, ['certificateur_agent']) : [];
  if (organisationIds.length === 0) return { items: [], total: 0, page, pageSize };
  const { limit, offset } = pageWindow(opts.query);
  const rows = rowsOf<Row>(
    await opts.exec.execute(sql`
      WITH reasons AS (${editReasons(organisationIds)}),
      mine AS (
        SELECT certification_id, bool_or(manager) AS manager, bool_or(siret) AS siret FROM reasons GROUP BY certification_id
      ),
      counted AS (SELECT count(*)::int AS total FROM mine),
      slice AS (
        SELECT c.code, c.title, c.level, c.active, c.vae_open, mine.manager, mine.siret, e.updated_at, e.edited_at
        FROM mine
        JOIN certifications c ON c.id = mine.certification_id
        LEFT JOIN certification_enrichments e ON e.certification_id = c.id
        ORDER BY c.title, c.code
        LIMIT ${limit} OFFSET ${offset}
      )
      SELECT counted.total, slice.* FROM counted LEFT JOIN slice ON true
      ORDER BY slice.title, slice.code`),
  );
  const items = rows
    .filter((row) => row.code !== null)
    .map((row) => ({
      code: row.code ?? '',
      title: row.title,
      level: row.level === null ? null : Number(row.level),
      active: row.active,
      vaeOpen: row.vae_open,
      why: [...(row.manager ? ['manager' as const] : []), ...(row.siret ? ['siret' as const] : [])] satisfies TMyCertificationReason[],
      enrichmentUpdatedAt: iso(row.updated_at),
      editedAt: iso(row.edited_at),
    }));
  return { items, total: rows[0]?.total ?? 0, page, pageSize };
}
