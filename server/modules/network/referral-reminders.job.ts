import { and, eq, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { referralLinks, referrals, users } from '../../db/schema';
import { defineJob } from '../../jobs/queue';
import { queueEmail } from '../mailbox/queue-email';
import { contactAndEntry, days, frenchDate, issueLink, linkPath, loadReferralDelays, notePlanItem } from './referrals.store';

/**
 * A referral without an answer is recalled once to the partner after the reminder delay, with a
 * fresh link (the first one stops working), and expires after the expiry delay; the référent is told.
 */
export function referralRemindersJob(publicUrl: string) {
  return defineJob({
    name: 'network.referral_reminders',
    schema: z.object({}),
    handler: async (_payload, { database, clock }) => {
      const now = clock.now();
      const delays = await loadReferralDelays(database.db);
      const expired = await database.db.select().from(referrals).where(and(eq(referrals.status, 'sent'), lte(referrals.expiresAt, now)));
      for (const r of expired) {
        await database.db.transaction(async (tx) => {
          await tx.update(referrals).set({ status: 'expired', tokenHash: null, updatedAt: now }).where(eq(referrals.id, r.id));
          await notePlanItem(tx, r.planItemId, `Mise en relation expirée sans réponse le ${frenchDate(now)}.`, now);
          const [referent] = r.createdByUserId ? await tx.select({ email: users.email }).from(users).where(eq(users.id, r.createdByUserId)) : [];
          if (referent) await queueEmail(tx, clock, { to: [referent.email], subject: 'Mise en relation expirée sans réponse', text: `Le partenaire n’a pas répondu à temps. Le parcours : ${new URL(`/parcours/${r.pathwayId}`, publicUrl).toString()}` });
        });
      }
      const silent = await database.db.select().from(referrals).where(and(eq(referrals.status, 'sent'), isNull(referrals.remindedAt), lte(referrals.createdAt, days(now, -delays.reminderDays))));
      for (const r of silent) {
        if (r.expiresAt.getTime() <= now.getTime()) continue;
        await database.db.transaction(async (tx) => {
          await tx.update(referralLinks).set({ expiresAt: now }).where(and(eq(referralLinks.referralId, r.id), isNull(referralLinks.usedAt)));
          const token = await issueLink(tx, r.id, 'answer', r.expiresAt, now);
          await tx.update(referrals).set({ remindedAt: now }).where(eq(referrals.id, r.id));
          const found = await contactAndEntry(tx, r.contactId);
          if (found?.contact.email) {
            await queueEmail(tx, clock, {
              to: [found.contact.email],
              subject: 'Rappel : une mise en relation attend votre réponse',
              text: [`Bonjour ${found.contact.name},`, '', `Une orientation vous attend toujours, jusqu’au ${frenchDate(r.expiresAt)}. Répondez par ce lien (il remplace le précédent) :`, new URL(linkPath(token), publicUrl).toString()].join('\n'),
            });
          }
        });
      }
    },
  });
}
