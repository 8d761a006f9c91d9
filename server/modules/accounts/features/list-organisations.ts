import { and, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../../db/client';
import { organisationDepartements, organisations } from '../../../db/schema';
import { pageWindow } from '../../../lib/pagination';
import { presentOrganisation } from '../accounts.presenter';
import type { ZOrganisationListQuery } from '../accounts.schema';

export async function listOrganisations(opts: { database: Database; query: z.infer<typeof ZOrganisationListQuery> }) {
  const { db } = opts.database;
  const q = opts.query;
  const filters: SQL[] = [];
  if (q.kind) filters.push(eq(organisations.kind, q.kind));
  if (q.q) filters.push(ilike(organisations.name, `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  const where = filters.length ? and(...filters) : undefined;
  const { limit, offset } = pageWindow(q);
  const [rows, [count]] = await Promise.all([
    db.select().from(organisations).where(where).orderBy(organisations.name).limit(limit).offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(organisations).where(where),
  ]);
  const ids = rows.map((r) => r.id);
  const deps = ids.length ? await db.select().from(organisationDepartements).where(inArray(organisationDepartements.organisationId, ids)) : [];
  return {
    items: rows.map((r) => presentOrganisation(r, deps.filter((d) => d.organisationId === r.id).map((d) => d.departementCode))),
    total: count?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}
