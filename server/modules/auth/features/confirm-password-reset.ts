import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { users } from '../../../db/schema';
import { checkPasswordStrength } from '../../../domain/password-rules';
import type { Clock } from '../../../lib/clock';
import { fieldError } from '../../../lib/errors';
import { hashPassword } from '../../../lib/passwords';
import { recordAudit } from '../../audit/record-audit';
import { revokeUserSessions } from '../sessions';
import { consumeEmailToken } from './issue-email-token';

/** Sets the new password and closes every open session of the account. */
export async function confirmPasswordReset(opts: { database: Database; clock: Clock; token: string; password: string }): Promise<void> {
  const weakness = checkPasswordStrength(opts.password);
  if (weakness) throw fieldError('WEAK_PASSWORD', 'password', weakness);
  const passwordHash = await hashPassword(opts.password);
  const { clock } = opts;
  await opts.database.db.transaction(async (tx) => {
    const userId = await consumeEmailToken({ db: tx }, clock, 'password_reset', opts.token);
    await tx.update(users).set({ passwordHash, updatedAt: clock.now() }).where(eq(users.id, userId));
    await revokeUserSessions(tx, clock, userId);
    await recordAudit(tx, { actor: { userId, organisationId: null }, at: clock.now(), eventType: 'auth.password_changed', entityType: 'user', entityId: userId });
  });
}
