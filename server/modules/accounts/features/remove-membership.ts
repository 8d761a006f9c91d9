import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { memberships } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Actor } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';

export async function removeMembership(opts: { database: Database; clock: Clock; actor: Actor; id: string }): Promise<void> {
  await opts.database.db.transaction(async (tx) => {
    const [row] = await tx.delete(memberships).where(eq(memberships.id, opts.id)).returning();
    if (!row) throw new AppError('NOT_FOUND', 'Rattachement introuvable.');
    await recordAudit(tx, { actor: opts.actor, at: opts.clock.now(), eventType: 'membership.removed', entityType: 'user', entityId: row.userId, details: { membershipId: row.id, organisationId: row.organisationId, role: row.role } });
  });
}
