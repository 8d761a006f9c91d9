import type { organisations, users } from '../../db/schema';
import type { PrincipalMembership } from '../../lib/principal';
import type { TOrganisation, TUser } from './accounts.schema';

export function presentOrganisation(row: typeof organisations.$inferSelect, departementCodes: string[]): TOrganisation {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    siret: row.siret,
    departementCodes: [...departementCodes].sort(),
    disabled: row.disabled,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentUser(row: typeof users.$inferSelect, memberships: PrincipalMembership[]): TUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    kind: row.kind,
    isPlatformAdmin: row.isPlatformAdmin,
    disabled: row.disabledAt !== null,
    memberships,
    createdAt: row.createdAt.toISOString(),
  };
}
