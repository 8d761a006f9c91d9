import { randomBytes } from 'node:crypto';
import type { OrganisationKind, Role } from '../../common/organisations';
import type { Database } from '../db/client';
import { memberships, organisationDepartements, organisations, users } from '../db/schema';
import { hashPassword } from '../lib/passwords';

export const TEST_PASSWORD = 'Test-Password-2026!';
let cachedHash: Promise<string> | undefined;

const uniq = () => randomBytes(4).toString('hex');

export async function buildOrganisation(database: Database, overrides: { kind?: OrganisationKind; name?: string; departementCodes?: string[]; disabled?: boolean } = {}) {
  const [row] = await database.db
    .insert(organisations)
    .values({ kind: overrides.kind ?? 'counselling_structure', name: overrides.name ?? `Structure ${uniq()}`, disabled: overrides.disabled ?? false })
    .returning();
  if (!row) throw new Error('organisation factory failed');
  const codes = overrides.departementCodes ?? ['14'];
  if (codes.length) await database.db.insert(organisationDepartements).values(codes.map((departementCode) => ({ organisationId: row.id, departementCode })));
  return row;
}

/** Creates a user; `roles` creates the missing organisation when none is given. */
export async function buildUser(
  database: Database,
  overrides: { kind?: 'professional' | 'candidate'; email?: string; displayName?: string; isPlatformAdmin?: boolean; disabled?: boolean; roles?: { organisationId?: string; role: Role }[] } = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await database.db
    .insert(users)
    .values({
      email: overrides.email ?? `user-${uniq()}@exemple.test`,
      displayName: overrides.displayName ?? `Personne ${uniq()}`,
      kind: overrides.kind ?? 'professional',
      passwordHash: await cachedHash,
      isPlatformAdmin: overrides.isPlatformAdmin ?? false,
      disabledAt: overrides.disabled ? new Date() : null,
    })
    .returning();
  if (!user) throw new Error('user factory failed');
  const orgIds: string[] = [];
  for (const r of overrides.roles ?? []) {
    const organisationId = r.organisationId ?? (await buildOrganisation(database)).id;
    orgIds.push(organisationId);
    await database.db.insert(memberships).values({ userId: user.id, organisationId, role: r.role });
  }
  return { ...user, organisationIds: orgIds };
}
