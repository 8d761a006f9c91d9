import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { memberships, organisations, users } from '../../../db/schema';

export async function listOrganisationMembers(opts: { database: Database; organisationId: string }) {
  const rows = await opts.database.db
    .select({
      userId: users.id,
      displayName: users.displayName,
      email: users.email,
      id: memberships.id,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.organisationId, opts.organisationId))
    .orderBy(users.displayName);
  return {
    items: rows.map((r) => ({
      userId: r.userId,
      displayName: r.displayName,
      email: r.email,
      membership: { id: r.id, organisationId: r.organisationId, organisationName: r.organisationName, organisationKind: r.organisationKind, role: r.role },
    })),
  };
}
