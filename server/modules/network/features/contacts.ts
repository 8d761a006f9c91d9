import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { partnerContacts, partnerEntries, referrals } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { assertKeepsFor } from '../network.policy';
import type { TContactInput, TEntry } from '../network.schema';
import { loadEntry } from '../network.store';
import { viewEntry } from './entries';

interface Ctx {
  database: Database;
  clock: Clock;
  principal: Principal;
}

export async function updateContact(ctx: Ctx & { id: string; input: Partial<TContactInput> }): Promise<TEntry> {
  const db = ctx.database.db;
  const [contact] = await db.select().from(partnerContacts).where(eq(partnerContacts.id, ctx.id));
  if (!contact) throw new AppError('NOT_FOUND', 'Contact introuvable.');
  const entry = await loadEntry(db, contact.entryId);
  assertKeepsFor(ctx.principal, entry.organisationId);
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    await tx.update(partnerContacts).set({ ...ctx.input, updatedAt: now }).where(eq(partnerContacts.id, contact.id));
    await recordAudit(tx, { actor: actorOf(ctx.principal, entry.organisationId), at: now, eventType: 'network.entry_updated', entityType: 'partner_entry', entityId: entry.id, details: { contactUpdated: contact.id, fields: Object.keys(ctx.input) } });
  });
  return viewEntry({ ...ctx, now, id: entry.id });
}

/** An entry whose contacts were sent referrals stays: the referrals' history needs it. */
export async function deleteEntry(ctx: Ctx & { id: string }): Promise<void> {
  const db = ctx.database.db;
  const entry = await loadEntry(db, ctx.id);
  assertKeepsFor(ctx.principal, entry.organisationId);
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const contacts = await tx.select({ id: partnerContacts.id }).from(partnerContacts).where(eq(partnerContacts.entryId, entry.id));
    const used = contacts.length ? await tx.select({ id: referrals.id }).from(referrals).where(inArray(referrals.contactId, contacts.map((c) => c.id))).limit(1) : [];
    if (used.length > 0) throw new AppError('CONFLICT', 'Des mises en relation ont été envoyées à ce partenaire : sa fiche est conservée pour leur historique.');
    await tx.delete(partnerEntries).where(eq(partnerEntries.id, entry.id));
    await recordAudit(tx, { actor: actorOf(ctx.principal, entry.organisationId), at: now, eventType: 'network.entry_deleted', entityType: 'partner_entry', entityId: entry.id, details: { name: entry.name } });
  });
}
