import type { Database } from '../../../db/client';
import { PASSWORD_RESET_VALID_MINUTES } from '../../../domain/session-timeouts';
import type { Clock } from '../../../lib/clock';
import { recordAudit } from '../../audit/record-audit';
import { queueEmail } from '../../mailbox/queue-email';
import { findActiveUserByEmail, issueEmailToken } from './issue-email-token';

export async function requestPasswordReset(opts: { database: Database; clock: Clock; publicUrl: string; email: string }): Promise<void> {
  const { database, clock } = opts;
  await database.db.transaction(async (tx) => {
    const user = await findActiveUserByEmail(tx, opts.email);
    if (!user) return;
    const token = await issueEmailToken(tx, clock, 'password_reset', user.id, PASSWORD_RESET_VALID_MINUTES);
    const link = `${opts.publicUrl}/reinitialiser?token=${encodeURIComponent(token)}`;
    await queueEmail(tx, clock, {
      to: [user.email],
      subject: 'Jalon : choisir un nouveau mot de passe',
      text: `Bonjour ${user.displayName},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable ${PASSWORD_RESET_VALID_MINUTES} minutes, utilisable une seule fois) :\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable.\n\nJalon`,
    });
    await recordAudit(tx, { actor: { userId: null, organisationId: null }, at: clock.now(), eventType: 'auth.password_reset_requested', entityType: 'user', entityId: user.id });
  });
}
