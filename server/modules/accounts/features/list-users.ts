import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../../db/client';
import { users } from '../../../db/schema';
import { pageWindow } from '../../../lib/pagination';
import { loadPrincipalUser } from '../../auth/sessions';
import { presentUser } from '../accounts.presenter';
import type { ZUserListQuery } from '../accounts.schema';

export async function listUsers(opts: { database: Database; query: z.infer<typeof ZUserListQuery> }) {
  const { db } = opts.database;
  const q = opts.query;
  const filters: SQL[] = [];
  if (q.kind) filters.push(eq(users.kind, q.kind));
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(users.displayName, like), ilike(users.email, like));
    if (match) filters.push(match);
  }
  const where = filters.length ? and(...filters) : undefined;
  const { limit, offset } = pageWindow(q);
  const rows = await db.select().from(users).where(where).orderBy(users.displayName).limit(limit).offset(offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(where);
  const items = [];
  for (const r of rows) items.push(presentUser(r, (await loadPrincipalUser(db, r.id))?.memberships ?? []));
  return { items, total: count?.n ?? 0, page: q.page, pageSize: q.pageSize };
}
