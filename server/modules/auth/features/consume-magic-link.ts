import type { Database } from '../../../db/client';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { recordAudit } from '../../audit/record-audit';
import { createSession, loadPrincipalUser } from '../sessions';
import { consumeEmailToken } from './issue-email-token';

export async function consumeMagicLink(opts: { database: Database; clock: Clock; token: string }) {
  const { clock } = opts;
  return opts.database.db.transaction(async (tx) => {
    const userId = await consumeEmailToken({ db: tx }, clock, 'magic_link', opts.token);
    const loaded = await loadPrincipalUser(tx, userId);
    if (!loaded || loaded.disabled) throw new AppError('TOKEN_INVALID');
    const session = await createSession(tx, clock, userId);
    await recordAudit(tx, { actor: { userId, organisationId: null }, at: clock.now(), eventType: 'auth.magic_link_used', entityType: 'user', entityId: userId });
    return { session, ...loaded };
  });
}
