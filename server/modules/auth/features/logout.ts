import type { Database } from '../../../db/client';
import type { Clock } from '../../../lib/clock';
import type { Actor } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { revokeSession } from '../sessions';

export async function logout(opts: { database: Database; clock: Clock; token: string; actor: Actor }): Promise<void> {
  await opts.database.db.transaction(async (tx) => {
    await revokeSession(tx, opts.clock, opts.token);
    await recordAudit(tx, { actor: opts.actor, at: opts.clock.now(), eventType: 'auth.logout', entityType: 'user', entityId: opts.actor.userId });
  });
}
