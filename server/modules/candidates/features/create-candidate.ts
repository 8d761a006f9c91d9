import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { candidates, users } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { assertActsFor } from '../../../lib/policy';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { CANDIDATE_FILE_ROLES } from '../candidates.policy';
import type { TCandidate, TCandidateCreate } from '../candidates.schema';
import { assertReferencesExist, presentCandidateById, writeDiplomas, writeExperiences, writeSensitive } from '../candidates.store';

/** A référent, conseiller or accompagnateur opens a candidate's file for their organisation. */
export async function createCandidate(opts: { database: Database; clock: Clock; principal: Principal; input: TCandidateCreate }): Promise<TCandidate> {
  const { input, principal, clock } = opts;
  assertActsFor(principal, input.organisationId, CANDIDATE_FILE_ROLES);
  if (principal.type === 'user' && principal.user.isPlatformAdmin && !principal.memberships.some((m) => m.organisationId === input.organisationId)) {
    // A platform admin is not a professional of the structure: files are opened by the structure.
    throw new AppError('FORBIDDEN', 'Un dossier candidat est ouvert par un professionnel de la structure.');
  }
  const actor = actorOf(principal, input.organisationId);
  return opts.database.db.transaction(async (tx) => {
    await assertReferencesExist(tx, input);
    const now = clock.now();
    let userId: string | null = null;
    if (input.createAccount && input.email) {
      const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`);
      if (existing) throw new AppError('EMAIL_TAKEN');
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, displayName: `${input.firstName} ${input.lastName}`, kind: 'candidate', createdAt: now, updatedAt: now })
        .returning({ id: users.id });
      userId = user?.id ?? null;
      await recordAudit(tx, { actor, at: now, eventType: 'user.created', entityType: 'user', entityId: userId, details: { kind: 'candidate' } });
    }
    const [row] = await tx
      .insert(candidates)
      .values({
        userId,
        firstName: input.firstName,
        lastName: input.lastName,
        birthDate: input.birthDate ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        address: input.address ?? null,
        postalCode: input.postalCode ?? null,
        city: input.city ?? null,
        situation: input.situation,
        departementCode: input.departementCode ?? null,
        createdByOrganisationId: input.organisationId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: candidates.id });
    if (!row) throw new Error('candidate insert returned nothing');
    await writeExperiences(tx, row.id, input.experiences);
    await writeDiplomas(tx, row.id, input.diplomas);
    if (input.sensitive) await writeSensitive(tx, row.id, input.sensitive, now);
    await recordAudit(tx, {
      actor,
      at: now,
      eventType: 'candidate.created',
      entityType: 'candidate',
      entityId: row.id,
      // Never the sensitive values themselves: the audit trail is read more widely than the file.
      details: { organisationId: input.organisationId, experiences: input.experiences.length, diplomas: input.diplomas.length, sensitive: input.sensitive !== undefined, account: userId !== null },
    });
    return presentCandidateById(tx, row.id);
  });
}
