import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../../db/client';
import { memberships, users } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Actor } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import type { ZMembershipCreate } from '../accounts.schema';
import { loadOrganisation } from './load-organisation';
import { loadUser } from './load-user';

export async function addMembership(opts: { database: Database; clock: Clock; actor: Actor; input: z.infer<typeof ZMembershipCreate> }) {
  const { input, clock } = opts;
  return opts.database.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId));
    if (!user) throw new AppError('NOT_FOUND', 'Compte introuvable.');
    if (user.kind === 'candidate') throw new AppError('CONFLICT', 'Un compte candidat ne peut pas être membre d’une organisation.');
    await loadOrganisation(tx, input.organisationId);
    const [dup] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, input.userId), eq(memberships.organisationId, input.organisationId), eq(memberships.role, input.role)));
    if (dup) throw new AppError('ALREADY_MEMBER');
    const now = clock.now();
    const [row] = await tx.insert(memberships).values({ ...input, createdAt: now }).returning({ id: memberships.id });
    await recordAudit(tx, { actor: opts.actor, at: now, eventType: 'membership.added', entityType: 'user', entityId: input.userId, details: { membershipId: row?.id, organisationId: input.organisationId, role: input.role } });
    return loadUser(tx, input.userId);
  });
}
