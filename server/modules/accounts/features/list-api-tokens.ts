import { desc } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { apiTokens } from '../../../db/schema';

export function presentApiToken(row: typeof apiTokens.$inferSelect) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiTokens(opts: { database: Database }) {
  const rows = await opts.database.db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt));
  return { items: rows.map(presentApiToken) };
}
