import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../../db/client';
import { users } from '../../../db/schema';
import { checkPasswordStrength } from '../../../domain/password-rules';
import { PASSWORD_RESET_VALID_MINUTES } from '../../../domain/session-timeouts';
import type { Clock } from '../../../lib/clock';
import { AppError, fieldError } from '../../../lib/errors';
import { hashPassword } from '../../../lib/passwords';
import type { Actor } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { issueEmailToken } from '../../auth/features/issue-email-token';
import { queueEmail } from '../../mailbox/queue-email';
import type { ZUserCreate } from '../accounts.schema';
import { loadUser } from './load-user';

/**
 * Creates an account. Without a password, the person receives an email to choose one (a
 * password-reset link that lasts longer than usual would widen the window; the usual one is kept).
 */
export async function createUser(opts: { database: Database; clock: Clock; actor: Actor; publicUrl: string; input: z.infer<typeof ZUserCreate> }) {
  const { input, clock } = opts;
  if (input.password !== undefined) {
    const weakness = checkPasswordStrength(input.password);
    if (weakness) throw fieldError('WEAK_PASSWORD', 'password', weakness);
  }
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  return opts.database.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`);
    if (existing) throw new AppError('EMAIL_TAKEN', undefined, { fields: { email: 'Adresse déjà utilisée.' } });
    const now = clock.now();
    const [row] = await tx
      .insert(users)
      .values({ email: input.email, displayName: input.displayName, kind: input.kind, passwordHash, createdAt: now, updatedAt: now })
      .returning({ id: users.id });
    if (!row) throw new Error('user insert returned nothing');
    if (!passwordHash && input.kind === 'professional') {
      const token = await issueEmailToken(tx, clock, 'password_reset', row.id, PASSWORD_RESET_VALID_MINUTES);
      await queueEmail(tx, clock, {
        to: [input.email],
        subject: 'Votre compte Jalon a été créé',
        text: `Bonjour ${input.displayName},\n\nUn compte Jalon vient d’être créé pour vous. Choisissez votre mot de passe ici (lien valable ${PASSWORD_RESET_VALID_MINUTES} minutes) :\n${opts.publicUrl}/reinitialiser?token=${encodeURIComponent(token)}\n\nPassé ce délai, utilisez « Mot de passe oublié » sur la page de connexion.\n\nJalon`,
      });
    }
    await recordAudit(tx, { actor: opts.actor, at: now, eventType: 'user.created', entityType: 'user', entityId: row.id, details: { kind: input.kind, withPassword: passwordHash !== null } });
    return loadUser(tx, row.id);
  });
}
