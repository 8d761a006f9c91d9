import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../../db/client';
import { users } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Actor } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { revokeUserSessions } from '../../auth/sessions';
import type { ZUserUpdate } from '../accounts.schema';
import { loadUser } from './load-user';

/** Disabling an account also ends its open sessions at once. */
export async function updateUser(opts: { database: Database; clock: Clock; actor: Actor; id: string; input: z.infer<typeof ZUserUpdate> }) {
  const { input, clock, id } = opts;
  if (input.disabled === true && opts.actor.userId === id) {
    throw new AppError('CONFLICT', 'Vous ne pouvez pas désactiver votre propre compte.');
  }
  return opts.database.db.transaction(async (tx) => {
    const before = await loadUser(tx, id);
    const now = clock.now();
    await tx
      .update(users)
      .set({
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.disabled !== undefined ? { disabledAt: input.disabled ? (before.disabled ? undefined : now) : null } : {}),
        updatedAt: now,
      })
      .where(eq(users.id, id));
    if (input.disabled === true) await revokeUserSessions(tx, clock, id);
    const eventType = input.disabled === true && !before.disabled ? 'user.disabled' : input.disabled === false && before.disabled ? 'user.enabled' : 'user.updated';
    await recordAudit(tx, { actor: opts.actor, at: now, eventType, entityType: 'user', entityId: id, details: { changes: input } });
    return loadUser(tx, id);
  });
}
