import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { partnerContacts, partnerEntries, partnerExchanges } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { organisationIdsOf } from '../../../lib/policy';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { assertKeepsFor, NETWORK_ROLES, readingOrganisation } from '../network.policy';
import type { TContactInput, TEntry, TEntryCreate, TEntryUpdate } from '../network.schema';
import { checkTerritory, departementsOf, loadEntry, presentEntries, stableKey } from '../network.store';

interface Ctx {
  database: Database;
  clock: Clock;
  principal: Principal;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505';
}

/** The entry as the principal reads it (through the first of their organisations that sees it). */
export async function viewEntry(ctx: Omit<Ctx, 'clock'> & { now: Date; id: string }): Promise<TEntry> {
  const row = await loadEntry(ctx.database.db, ctx.id);
  const byOrg = new Map<string, string[]>();
  for (const orgId of organisationIdsOf(ctx.principal, NETWORK_ROLES)) byOrg.set(orgId, await departementsOf(ctx.database.db, orgId));
  const viewer = readingOrganisation(ctx.principal, row, byOrg);
  if (!viewer) throw new AppError('FORBIDDEN');
  const [entry] = await presentEntries(ctx.database.db, [row], viewer, ctx.now);
  if (!entry) throw new AppError('NOT_FOUND');
  return entry;
}

export async function createEntry(ctx: Ctx & { input: TEntryCreate }): Promise<TEntry> {
  const { input } = ctx;
  assertKeepsFor(ctx.principal, input.organisationId);
  const now = ctx.clock.now();
  let id = '';
  try {
    await ctx.database.db.transaction(async (tx) => {
      await checkTerritory(tx, input.organisationId, input.visibility, input.departements);
      const [row] = await tx
        .insert(partnerEntries)
        .values({ organisationId: input.organisationId, stableKey: stableKey(input.name), name: input.name, fields: input.fields, visibility: input.visibility, departements: input.departements, address: input.address, website: input.website, notes: input.notes, lastCheckedAt: now, createdAt: now, updatedAt: now })
        .returning({ id: partnerEntries.id });
      id = row?.id ?? '';
      if (input.contacts.length > 0) await tx.insert(partnerContacts).values(input.contacts.map((c) => ({ ...c, entryId: id, createdAt: now, updatedAt: now })));
      await recordAudit(tx, { actor: actorOf(ctx.principal, input.organisationId), at: now, eventType: 'network.entry_created', entityType: 'partner_entry', entityId: id, details: { name: input.name } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'Une fiche porte déjà ce nom dans votre carnet d’adresses.', { fields: { name: 'Nom déjà utilisé' } });
    throw error;
  }
  return viewEntry({ ...ctx, now, id });
}

export async function updateEntry(ctx: Ctx & { id: string; input: TEntryUpdate }): Promise<TEntry> {
  const now = ctx.clock.now();
  const row = await loadEntry(ctx.database.db, ctx.id);
  assertKeepsFor(ctx.principal, row.organisationId);
  const { checked, ...changes } = ctx.input;
  await ctx.database.db.transaction(async (tx) => {
    await checkTerritory(tx, row.organisationId, changes.visibility ?? row.visibility, changes.departements ?? row.departements);
    await tx
      .update(partnerEntries)
      .set({ ...changes, ...(changes.name ? { stableKey: stableKey(changes.name) } : {}), ...(checked ? { lastCheckedAt: now } : {}), updatedAt: now })
      .where(eq(partnerEntries.id, row.id));
    await recordAudit(tx, { actor: actorOf(ctx.principal, row.organisationId), at: now, eventType: 'network.entry_updated', entityType: 'partner_entry', entityId: row.id, details: { fields: Object.keys(ctx.input) } });
  });
  return viewEntry({ ...ctx, now, id: row.id });
}

export async function addContact(ctx: Ctx & { id: string; input: TContactInput }): Promise<TEntry> {
  const now = ctx.clock.now();
  const row = await loadEntry(ctx.database.db, ctx.id);
  assertKeepsFor(ctx.principal, row.organisationId);
  await ctx.database.db.transaction(async (tx) => {
    await tx.insert(partnerContacts).values({ ...ctx.input, entryId: row.id, createdAt: now, updatedAt: now });
    await tx.update(partnerEntries).set({ updatedAt: now }).where(eq(partnerEntries.id, row.id));
    await recordAudit(tx, { actor: actorOf(ctx.principal, row.organisationId), at: now, eventType: 'network.entry_updated', entityType: 'partner_entry', entityId: row.id, details: { contactAdded: ctx.input.name } });
  });
  return viewEntry({ ...ctx, now, id: row.id });
}

/** An exchange is written by a structure that reads the entry, in its own history. */
export async function addExchange(ctx: Ctx & { id: string; input: { occurredOn: string; summary: string } }): Promise<TEntry> {
  const now = ctx.clock.now();
  const row = await loadEntry(ctx.database.db, ctx.id);
  const byOrg = new Map<string, string[]>();
  for (const orgId of organisationIdsOf(ctx.principal, NETWORK_ROLES)) byOrg.set(orgId, await departementsOf(ctx.database.db, orgId));
  const orgId = readingOrganisation(ctx.principal, row, byOrg);
  if (!orgId) throw new AppError('FORBIDDEN');
  const authorUserId = ctx.principal.type === 'user' ? ctx.principal.user.id : null;
  await ctx.database.db.transaction(async (tx) => {
    const [x] = await tx.insert(partnerExchanges).values({ entryId: row.id, organisationId: orgId, authorUserId, occurredOn: ctx.input.occurredOn, summary: ctx.input.summary, createdAt: now }).returning({ id: partnerExchanges.id });
    await recordAudit(tx, { actor: actorOf(ctx.principal, orgId), at: now, eventType: 'network.exchange_added', entityType: 'partner_entry', entityId: row.id, details: { exchangeId: x?.id } });
  });
  return viewEntry({ ...ctx, now, id: row.id });
}
