import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client';
import { partnerContacts, partnerEntries, planItems, referralLinks, referrals, settings } from '../../db/schema';
import { hashToken, randomToken } from '../../lib/tokens';
import type { TReferral } from './network.schema';

export type ReferralRow = typeof referrals.$inferSelect;

/** The delays an administrator may change in `settings` (key below); these are the defaults. */
export const REFERRAL_DELAYS_KEY = 'network.referral_delays';
export const ZReferralDelays = z.object({ reminderDays: z.number().int().min(1).max(90), expiryDays: z.number().int().min(1).max(365), outcomeDays: z.number().int().min(1).max(730) });
export type ReferralDelays = z.infer<typeof ZReferralDelays>;
export const DEFAULT_REFERRAL_DELAYS: ReferralDelays = { reminderDays: 7, expiryDays: 30, outcomeDays: 180 };

export async function loadReferralDelays(exec: Executor): Promise<ReferralDelays> {
  const [row] = await exec.select().from(settings).where(eq(settings.key, REFERRAL_DELAYS_KEY));
  const parsed = ZReferralDelays.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_REFERRAL_DELAYS;
}

export const days = (from: Date, n: number) => new Date(from.getTime() + n * 86_400_000);
export const frenchDate = (d: Date) => format(d, 'd MMMM yyyy', { locale: fr });
export const linkPath = (token: string) => `/mise-en-relation/${token}`;

/** A new single-use link: only its hash is stored; the clear token goes into the email. */
export async function issueLink(exec: Executor, referralId: string, purpose: 'answer' | 'outcome', expiresAt: Date, now: Date): Promise<string> {
  const token = randomToken();
  const tokenHash = hashToken(token);
  await exec.insert(referralLinks).values({ tokenHash, referralId, purpose, expiresAt, createdAt: now });
  await exec.update(referrals).set({ tokenHash, updatedAt: now }).where(eq(referrals.id, referralId));
  return token;
}

/** Writes what the partner answered into the linked plan item, without touching anything else of it. */
export async function notePlanItem(exec: Executor, planItemId: string | null, line: string, now: Date, start = false): Promise<void> {
  if (!planItemId) return;
  await exec
    .update(planItems)
    .set({
      feedback: sql`ltrim(${planItems.feedback} || E'\n' || ${line})`,
      ...(start ? { status: sql`CASE WHEN ${planItems.status} = 'planned' THEN 'in_progress' ELSE ${planItems.status} END` } : {}),
      updatedAt: now,
    })
    .where(eq(planItems.id, planItemId));
}

export async function contactAndEntry(exec: Executor, contactId: string) {
  const [row] = await exec.select({ contact: partnerContacts, entry: partnerEntries }).from(partnerContacts).innerJoin(partnerEntries, eq(partnerEntries.id, partnerContacts.entryId)).where(eq(partnerContacts.id, contactId));
  return row ?? null;
}

export async function presentReferrals(exec: Executor, rows: ReferralRow[], withNotes: (r: ReferralRow) => boolean): Promise<TReferral[]> {
  if (rows.length === 0) return [];
  const names = await exec
    .select({ id: partnerContacts.id, contactName: partnerContacts.name, entryName: partnerEntries.name })
    .from(partnerContacts)
    .innerJoin(partnerEntries, eq(partnerEntries.id, partnerContacts.entryId))
    .where(inArray(partnerContacts.id, rows.map((r) => r.contactId)));
  return rows.map((r) => {
    const n = names.find((x) => x.id === r.contactId);
    return {
      id: r.id,
      pathwayId: r.pathwayId,
      planItemId: r.planItemId,
      entryName: n?.entryName ?? '',
      contactName: n?.contactName ?? '',
      status: r.status,
      sharedInformation: r.sharedInformation,
      consentAt: r.consentAt.toISOString(),
      declineReason: r.declineReason,
      outcome: r.outcome,
      mediationNotes: withNotes(r) ? r.mediationNotes : null,
      expiresAt: r.expiresAt.toISOString(),
      createdAt: r.createdAt.toISOString(),
    };
  });
}
