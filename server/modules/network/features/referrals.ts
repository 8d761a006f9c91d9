import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { assistances, candidates, organisations, planItems, referrals } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError, fieldError } from '../../../lib/errors';
import { organisationIdsOf } from '../../../lib/policy';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { queueEmail } from '../../mailbox/queue-email';
import { actingOrganisationId, canOnPathway, isCandidateOf } from '../../pathways/pathways.policy';
import { loadPathway } from '../../pathways/pathways.store';
import { assertKeepsFor, entryVisibleTo, NETWORK_ROLES } from '../network.policy';
import type { TReferral } from '../network.schema';
import { departementsOf } from '../network.store';
import { contactAndEntry, days, frenchDate, issueLink, linkPath, loadReferralDelays, presentReferrals, type ReferralRow } from '../referrals.store';

interface Ctx {
  database: Database;
  clock: Clock;
  principal: Principal;
}

const readsNotes = (principal: Principal) => (r: ReferralRow) => organisationIdsOf(principal, NETWORK_ROLES).includes(r.organisationId);

/**
 * The pathway's référent refers the candidate to a partner contact, with the candidate's consent
 * recorded and only the information written here shared; the contact answers through a link.
 */
export async function createReferral(ctx: Ctx & { pathwayId: string; publicUrl: string; input: { contactId: string; planItemId?: string | undefined; consent: boolean; sharedInformation: string } }): Promise<TReferral> {
  const db = ctx.database.db;
  const { input } = ctx;
  const pathway = await loadPathway(db, ctx.pathwayId);
  const organisationId = actingOrganisationId(ctx.principal, pathway.access, 'referent');
  if (!organisationId) throw new AppError('FORBIDDEN', 'Seul le référent du parcours peut orienter le candidat vers un partenaire.');
  if (!input.consent) throw fieldError('CONSENT_REQUIRED', 'consent', 'Cochez la case une fois l’accord du candidat recueilli.');
  const found = await contactAndEntry(db, input.contactId);
  if (!found || !entryVisibleTo(found.entry, organisationId, await departementsOf(db, organisationId))) throw fieldError('VALIDATION_FAILED', 'contactId', 'Ce contact n’est pas dans votre carnet d’adresses.');
  if (!found.contact.email) throw fieldError('VALIDATION_FAILED', 'contactId', 'Ce contact n’a pas d’adresse électronique : ajoutez-la avant de l’orienter.');
  if (input.planItemId) {
    const [item] = await db.select({ id: planItems.id }).from(planItems).innerJoin(assistances, eq(assistances.id, planItems.assistanceId)).where(and(eq(planItems.id, input.planItemId), eq(assistances.pathwayId, ctx.pathwayId)));
    if (!item) throw fieldError('VALIDATION_FAILED', 'planItemId', 'Cet appui n’est pas dans le plan de ce parcours.');
  }
  const [candidate] = await db.select({ firstName: candidates.firstName, lastName: candidates.lastName }).from(candidates).where(eq(candidates.id, pathway.row.candidateId));
  const [structure] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
  const now = ctx.clock.now();
  const delays = await loadReferralDelays(db);
  const userId = ctx.principal.type === 'user' ? ctx.principal.user.id : null;
  const referentName = ctx.principal.type === 'user' ? ctx.principal.user.displayName : (structure?.name ?? '');
  const expiresAt = days(now, delays.expiryDays);
  let id = '';
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(referrals)
      .values({ pathwayId: ctx.pathwayId, organisationId, planItemId: input.planItemId ?? null, contactId: input.contactId, consentAt: now, consentByUserId: userId, sharedInformation: input.sharedInformation, expiresAt, createdByUserId: userId, createdAt: now, updatedAt: now })
      .returning({ id: referrals.id });
    id = row?.id ?? '';
    const token = await issueLink(tx, id, 'answer', expiresAt, now);
    await queueEmail(tx, ctx.clock, {
      to: [found.contact.email],
      subject: `Mise en relation : ${structure?.name ?? 'une structure'} vous oriente un candidat`,
      text: [
        `Bonjour ${found.contact.name},`,
        '',
        `${referentName} (${structure?.name ?? ''}) vous propose de recevoir ${candidate?.firstName ?? ''} ${candidate?.lastName ?? ''}, qui prépare une VAE.`,
        'Informations transmises avec l’accord du candidat :',
        input.sharedInformation,
        '',
        `Merci d’indiquer si vous acceptez cette orientation, avant le ${frenchDate(expiresAt)}, par ce lien (utilisable une seule fois, sans compte) :`,
        new URL(linkPath(token), ctx.publicUrl).toString(),
      ].join('\n'),
    });
    await recordAudit(tx, { actor: actorOf(ctx.principal, organisationId), at: now, eventType: 'network.referral_created', entityType: 'referral', entityId: id, details: { pathwayId: ctx.pathwayId, contactId: input.contactId, planItemId: input.planItemId ?? null, consentAt: now.toISOString() } });
  });
  const [row] = await db.select().from(referrals).where(eq(referrals.id, id));
  const [out] = await presentReferrals(db, row ? [row] : [], () => true);
  if (!out) throw new AppError('NOT_FOUND');
  return out;
}

/** The pathway's referrals: its actors see them; mediation notes stay with the référent's structure. */
export async function listReferrals(ctx: Omit<Ctx, 'clock'> & { pathwayId: string }): Promise<TReferral[]> {
  const db = ctx.database.db;
  const pathway = await loadPathway(db, ctx.pathwayId);
  if (!canOnPathway(ctx.principal, pathway.access, 'view') && !isCandidateOf(ctx.principal, pathway.access)) throw new AppError('FORBIDDEN');
  const rows = await db.select().from(referrals).where(eq(referrals.pathwayId, ctx.pathwayId)).orderBy(asc(referrals.createdAt));
  return presentReferrals(db, rows, readsNotes(ctx.principal));
}

export async function updateMediationNotes(ctx: Ctx & { id: string; mediationNotes: string }): Promise<TReferral> {
  const db = ctx.database.db;
  const [row] = await db.select().from(referrals).where(eq(referrals.id, ctx.id));
  if (!row) throw new AppError('NOT_FOUND', 'Mise en relation introuvable.');
  assertKeepsFor(ctx.principal, row.organisationId);
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    await tx.update(referrals).set({ mediationNotes: ctx.mediationNotes, updatedAt: now }).where(eq(referrals.id, row.id));
    await recordAudit(tx, { actor: actorOf(ctx.principal, row.organisationId), at: now, eventType: 'network.referral_updated', entityType: 'referral', entityId: row.id, details: { mediationNotes: true } });
  });
  const [out] = await presentReferrals(db, [{ ...row, mediationNotes: ctx.mediationNotes }], () => true);
  if (!out) throw new AppError('NOT_FOUND');
  return out;
}
