import { randomBytes } from 'node:crypto';
import type { OrganisationKind, Role } from '../../common/organisations';
import type { Database } from '../db/client';
import { eq } from 'drizzle-orm';
import type { CandidateSituation, PathwayActorKind } from '../../common/candidates';
import type { PathwayState } from '../../common/pathway';
import { candidates, certificationBlocs, certifications, memberships, organisationDepartements, organisations, pathwayActors, pathwayBlocs, pathways, users } from '../db/schema';
import { seedCertifications } from '../modules/certifications/features/seed-certifications';
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

/** A candidate's file; the creating organisation is made when none is given. */
export async function buildCandidate(
  database: Database,
  overrides: { organisationId?: string; userId?: string | null; firstName?: string; lastName?: string; departementCode?: string | null; situation?: CandidateSituation } = {},
) {
  const organisationId = overrides.organisationId ?? (await buildOrganisation(database)).id;
  const now = new Date('2026-01-05T09:00:00Z');
  const [row] = await database.db
    .insert(candidates)
    .values({
      userId: overrides.userId ?? null,
      firstName: overrides.firstName ?? 'Camille',
      lastName: overrides.lastName ?? `Candidat ${uniq()}`,
      situation: overrides.situation ?? 'job_seeker',
      departementCode: overrides.departementCode === undefined ? '14' : overrides.departementCode,
      createdByOrganisationId: organisationId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('candidate factory failed');
  return row;
}

/** A pathway on a seed certification (seeded when missing), with its targeted blocs and actors. */
export async function buildPathway(
  database: Database,
  overrides: { candidateId?: string; certificationCode?: string; blocCodes?: string[]; state?: PathwayState; actors?: { organisationId: string; role: PathwayActorKind }[]; startedAt?: Date; lastContactAt?: Date; faisabiliteFiledAt?: Date | null } = {},
) {
  const code = overrides.certificationCode ?? 'RNCP37274';
  let [cert] = await database.db.select().from(certifications).where(eq(certifications.code, code));
  if (!cert) {
    await seedCertifications(database, { now: () => new Date('2026-01-01T00:00:00Z') });
    [cert] = await database.db.select().from(certifications).where(eq(certifications.code, code));
  }
  if (!cert) throw new Error(`unknown certification ${code}`);
  const candidateId = overrides.candidateId ?? (await buildCandidate(database)).id;
  const startedAt = overrides.startedAt ?? new Date('2026-01-05T09:00:00Z');
  const [row] = await database.db
    .insert(pathways)
    .values({
      candidateId,
      certificationId: cert.id,
      state: overrides.state ?? 'information',
      startedAt,
      fundingRoute: 'cpf',
      lastContactAt: overrides.lastContactAt ?? startedAt,
      faisabiliteFiledAt: overrides.faisabiliteFiledAt ?? null,
      createdAt: startedAt,
      updatedAt: startedAt,
    })
    .returning();
  if (!row) throw new Error('pathway factory failed');
  const blocs = await database.db.select().from(certificationBlocs).where(eq(certificationBlocs.certificationId, cert.id));
  const wanted = blocs.filter((b) => !overrides.blocCodes || overrides.blocCodes.includes(b.code));
  if (wanted.length) await database.db.insert(pathwayBlocs).values(wanted.map((b) => ({ pathwayId: row.id, blocId: b.id })));
  for (const a of overrides.actors ?? []) await database.db.insert(pathwayActors).values({ pathwayId: row.id, organisationId: a.organisationId, role: a.role, createdAt: startedAt });
  return row;
}

/** Gives an account (e.g. a candidate's, created without password) the test password. */
export async function setTestPassword(database: Database, userId: string): Promise<void> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  await database.db.update(users).set({ passwordHash: await cachedHash }).where(eq(users.id, userId));
}
