import { eq } from 'drizzle-orm';
import type { ReferralStatus } from '../../../../common/network';
import type { Database, Executor } from '../../../db/client';
import { candidates, organisations, pathways, referralLinks, referrals, users } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf } from '../../../lib/principal';
import { hashToken } from '../../../lib/tokens';
import { recordAudit } from '../../audit/record-audit';
import { queueEmail } from '../../mailbox/queue-email';
import type { TLinkAnswer } from '../network.schema';
import { contactAndEntry, days, frenchDate, issueLink, linkPath, loadReferralDelays, notePlanItem } from '../referrals.store';

/** Unknown, used and expired links are three different refusals, each with its stable code. */
async function resolve(exec: Executor, token: string, now: Date, forUpdate = false) {
  const base = exec.select().from(referralLinks).where(eq(referralLinks.tokenHash, hashToken(token)));
  const [link] = forUpdate ? await base.for('update') : await base;
  if (!link) throw new AppError('TOKEN_INVALID');
  const [referral] = await exec.select().from(referrals).where(eq(referrals.id, link.referralId));
  if (!referral) throw new AppError('TOKEN_INVALID');
  if (link.usedAt) throw new AppError('REFERRAL_LINK_USED');
  if (link.expiresAt.getTime() <= now.getTime() || referral.status === 'expired') throw new AppError('REFERRAL_LINK_EXPIRED');
  return { link, referral };
}

/** What the partner sees: who refers whom, and only the information the référent chose to share. */
export async function viewLink(opts: { database: Database; clock: Clock; token: string }) {
  const db = opts.database.db;
  const { link, referral } = await resolve(db, opts.token, opts.clock.now());
  const found = await contactAndEntry(db, referral.contactId);
  const [cand] = await db.select({ firstName: candidates.firstName, lastName: candidates.lastName }).from(pathways).innerJoin(candidates, eq(candidates.id, pathways.candidateId)).where(eq(pathways.id, referral.pathwayId));
  const [structure] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, referral.organisationId));
  const [referent] = referral.createdByUserId ? await db.select({ name: users.displayName, email: users.email }).from(users).where(eq(users.id, referral.createdByUserId)) : [];
  return {
    purpose: link.purpose,
    status: referral.status,
    structureName: structure?.name ?? '',
    referentName: referent?.name ?? null,
    referentEmail: referent?.email ?? null,
    candidateName: `${cand?.firstName ?? ''} ${cand?.lastName ?? ''}`.trim(),
    entryName: found?.entry.name ?? '',
    contactName: found?.contact.name ?? '',
    sharedInformation: referral.sharedInformation,
    expiresAt: link.expiresAt.toISOString(),
  };
}

/**
 * The partner answers without an account: accept or decline through the first link, then report
 * the outcome through a second one sent on acceptance. Each link works once.
 */
export async function answerLink(opts: { database: Database; clock: Clock; token: string; publicUrl: string; input: TLinkAnswer }): Promise<{ status: ReferralStatus; nextLink: string | null }> {
  const now = opts.clock.now();
  const delays = await loadReferralDelays(opts.database.db);
  return opts.database.db.transaction(async (tx) => {
    const { link, referral } = await resolve(tx, opts.token, now, true);
    const expected = opts.input.action === 'outcome' ? 'outcome' : 'answer';
    if (link.purpose !== expected) throw new AppError('CONFLICT', expected === 'outcome' ? 'Acceptez d’abord la mise en relation ; le résultat se transmet par le lien reçu ensuite.' : 'Cette mise en relation a déjà reçu une réponse.');
    const found = await contactAndEntry(tx, referral.contactId);
    const who = found ? `${found.entry.name} (${found.contact.name})` : 'le partenaire';
    await tx.update(referralLinks).set({ usedAt: now }).where(eq(referralLinks.tokenHash, link.tokenHash));
    let nextLink: string | null = null;
    let note = '';
    if (opts.input.action === 'accept') {
      await tx.update(referrals).set({ status: 'accepted', answeredAt: now, tokenHash: null, updatedAt: now }).where(eq(referrals.id, referral.id));
      const token = await issueLink(tx, referral.id, 'outcome', days(now, delays.outcomeDays), now);
      nextLink = linkPath(token);
      note = `Mise en relation acceptée par ${who} le ${frenchDate(now)}.`;
      if (found?.contact.email) {
        await queueEmail(tx, opts.clock, { to: [found.contact.email], subject: 'Mise en relation : transmettre le résultat', text: ['Merci d’avoir accepté cette mise en relation.', 'Quand l’appui aura eu lieu, indiquez-en le résultat au référent par ce lien (utilisable une seule fois) :', new URL(nextLink, opts.publicUrl).toString()].join('\n') });
      }
    } else if (opts.input.action === 'decline') {
      await tx.update(referrals).set({ status: 'declined', declineReason: opts.input.reason, answeredAt: now, tokenHash: null, updatedAt: now }).where(eq(referrals.id, referral.id));
      note = `Mise en relation déclinée par ${who} le ${frenchDate(now)} : ${opts.input.reason}`;
    } else {
      await tx.update(referrals).set({ status: 'outcome_reported', outcome: opts.input.text, tokenHash: null, updatedAt: now }).where(eq(referrals.id, referral.id));
      note = `Résultat transmis par ${who} le ${frenchDate(now)} : ${opts.input.text}`;
    }
    await notePlanItem(tx, referral.planItemId, note, now, opts.input.action === 'accept');
    const [referent] = referral.createdByUserId ? await tx.select({ email: users.email }).from(users).where(eq(users.id, referral.createdByUserId)) : [];
    if (referent) await queueEmail(tx, opts.clock, { to: [referent.email], subject: 'Mise en relation : le partenaire a répondu', text: [note, '', `Le parcours : ${new URL(`/parcours/${referral.pathwayId}`, opts.publicUrl).toString()}`].join('\n') });
    await recordAudit(tx, { actor: actorOf(null, referral.organisationId), at: now, eventType: 'network.referral_answered', entityType: 'referral', entityId: referral.id, details: { action: opts.input.action } });
    const status: ReferralStatus = opts.input.action === 'accept' ? 'accepted' : opts.input.action === 'decline' ? 'declined' : 'outcome_reported';
    return { status, nextLink };
  });
}
