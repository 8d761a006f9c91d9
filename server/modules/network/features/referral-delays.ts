import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { settings } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { fieldError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { DEFAULT_REFERRAL_DELAYS, loadReferralDelays, REFERRAL_DELAYS_KEY, type ReferralDelays } from '../referrals.store';

export async function getReferralDelays(opts: { database: Database }) {
  const [row] = await opts.database.db.select({ updatedAt: settings.updatedAt }).from(settings).where(eq(settings.key, REFERRAL_DELAYS_KEY));
  const delays = await loadReferralDelays(opts.database.db);
  return { delays, defaults: DEFAULT_REFERRAL_DELAYS, isDefault: !row, updatedAt: row?.updatedAt.toISOString() ?? null };
}

/**
 * The platform's referral delays (reminder, expiry, outcome link). They apply to referrals sent from
 * now on; those already sent keep the expiry written when they were sent. Audited with old and new values.
 */
export async function updateReferralDelays(opts: { database: Database; clock: Clock; principal: Principal; input: ReferralDelays }) {
  const { input } = opts;
  // A reminder at or after the expiry would never be sent.
  if (input.reminderDays >= input.expiryDays) throw fieldError('VALIDATION_FAILED', 'reminderDays', 'Le rappel doit partir avant l’expiration de la mise en relation.');
  const before = await loadReferralDelays(opts.database.db);
  const now = opts.clock.now();
  const userId = opts.principal.type === 'user' ? opts.principal.user.id : null;
  await opts.database.db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ key: REFERRAL_DELAYS_KEY, value: input, updatedAt: now, updatedBy: userId })
      .onConflictDoUpdate({ target: settings.key, set: { value: input, updatedAt: now, updatedBy: userId } });
    await recordAudit(tx, { actor: actorOf(opts.principal), at: now, eventType: 'settings.updated', entityType: 'settings', entityId: REFERRAL_DELAYS_KEY, details: { before, after: input } });
  });
  return getReferralDelays(opts);
}
