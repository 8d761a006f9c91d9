import type { Database } from '../../../db/client';
import { MAGIC_LINK_VALID_MINUTES } from '../../../domain/session-timeouts';
import type { Clock } from '../../../lib/clock';
import { recordAudit } from '../../audit/record-audit';
import { queueEmail } from '../../mailbox/queue-email';
import { findActiveUserByEmail, issueEmailToken } from './issue-email-token';

/** Candidates sign in with a single-use link. The caller always answers 202, whoever asked. */
export async function requestMagicLink(opts: { database: Database; clock: Clock; publicUrl: string; email: string }): Promise<void> {
  const { database, clock } = opts;
  await database.db.transaction(async (tx) => {
    const user = await findActiveUserByEmail(tx, opts.email);
    if (!user || user.kind !== 'candidate') return;
    const token = await issueEmailToken(tx, clock, 'magic_link', user.id, MAGIC_LINK_VALID_MINUTES);
    const link = `${opts.publicUrl}/connexion/lien?token=${encodeURIComponent(token)}`;
    await queueEmail(tx, clock, {
      to: [user.email],
      subject: 'Votre lien de connexion à Jalon',
      text: `Bonjour ${user.displayName},\n\nPour accéder à votre espace candidat, ouvrez ce lien (valable ${MAGIC_LINK_VALID_MINUTES} minutes, utilisable une seule fois) :\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message.\n\nJalon`,
    });
    await recordAudit(tx, { actor: { userId: null, organisationId: null }, at: clock.now(), eventType: 'auth.magic_link_requested', entityType: 'user', entityId: user.id });
  });
}
