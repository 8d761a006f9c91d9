import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { users } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { verifyPassword } from '../../../lib/passwords';
import { recordAudit } from '../../audit/record-audit';
import { createSession, loadPrincipalUser } from '../sessions';

/**
 * Email + password. Unknown email, wrong password and disabled account all answer the same
 * INVALID_CREDENTIALS after the same amount of work, so the answer reveals no account.
 */
export async function login(opts: { database: Database; clock: Clock; email: string; password: string }) {
  const { database, clock } = opts;
  const [user] = await database.db.select().from(users).where(sql`lower(${users.email}) = ${opts.email.toLowerCase()}`);
  const ok = await verifyPassword(user?.passwordHash ?? null, opts.password);
  if (!user || !ok || user.disabledAt) {
    if (user) {
      await recordAudit(database.db, {
        actor: { userId: null, organisationId: null },
        at: clock.now(),
        eventType: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        details: { reason: user.disabledAt ? 'disabled' : 'wrong_password' },
      });
    }
    throw new AppError('INVALID_CREDENTIALS');
  }
  return database.db.transaction(async (tx) => {
    const session = await createSession(tx, clock, user.id);
    const loaded = await loadPrincipalUser(tx, user.id);
    if (!loaded) throw new AppError('INVALID_CREDENTIALS');
    await recordAudit(tx, {
      actor: { userId: user.id, organisationId: loaded.memberships[0]?.organisationId ?? null },
      at: clock.now(),
      eventType: 'auth.login_succeeded',
      entityType: 'user',
      entityId: user.id,
      details: { method: 'password' },
    });
    return { session, ...loaded };
  });
}
