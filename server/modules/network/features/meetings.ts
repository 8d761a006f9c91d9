import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client';
import { libraryItems, networkMeetings, organisations, partnerContacts, partnerEntries, type MeetingParticipant } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError, fieldError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import type { TLibraryCreate, TLibraryItem, TMeeting, TMeetingCreate, TMeetingUpdate } from '../meetings.schema';
import { assertKeepsFor, assertReadsFor, entryVisibleTo } from '../network.policy';
import { departementsOf } from '../network.store';

interface Ctx {
  database: Database;
  clock: Clock;
  principal: Principal;
}

type MeetingRow = typeof networkMeetings.$inferSelect;
type LibraryRow = typeof libraryItems.$inferSelect;
const presentMeeting = (m: MeetingRow): TMeeting => ({ id: m.id, organisationId: m.organisationId, title: m.title, heldAt: m.heldAt.toISOString(), participants: m.participants, agenda: m.agenda, report: m.report, decisions: m.decisions });
const presentItem = (i: LibraryRow): TLibraryItem => ({ id: i.id, organisationId: i.organisationId, title: i.title, audience: i.audience, url: i.url, description: i.description, shares: i.shares });

/** Participants come from the structure's address book (contacts it sees) or from Jalon's organisations. */
async function resolveParticipants(exec: Executor, organisationId: string, input: { kind: 'contact' | 'organisation'; id: string }[]): Promise<MeetingParticipant[]> {
  const contactIds = input.filter((p) => p.kind === 'contact').map((p) => p.id);
  const orgIds = input.filter((p) => p.kind === 'organisation').map((p) => p.id);
  const contacts = contactIds.length ? await exec.select({ contact: partnerContacts, entry: partnerEntries }).from(partnerContacts).innerJoin(partnerEntries, eq(partnerEntries.id, partnerContacts.entryId)).where(inArray(partnerContacts.id, contactIds)) : [];
  const orgs = orgIds.length ? await exec.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, orgIds)) : [];
  const own = await departementsOf(exec, organisationId);
  return input.map((p, i) => {
    if (p.kind === 'organisation') {
      const o = orgs.find((x) => x.id === p.id);
      if (!o) throw fieldError('VALIDATION_FAILED', `participants.${i}`, 'Organisation inconnue.');
      return { kind: 'organisation', id: o.id, name: o.name };
    }
    const c = contacts.find((x) => x.contact.id === p.id);
    if (!c || !entryVisibleTo(c.entry, organisationId, own)) throw fieldError('VALIDATION_FAILED', `participants.${i}`, 'Ce contact n’est pas dans votre carnet d’adresses.');
    return { kind: 'contact', id: c.contact.id, name: `${c.contact.name} (${c.entry.name})` };
  });
}

export async function listMeetings(ctx: Omit<Ctx, 'clock'> & { organisationId: string }): Promise<TMeeting[]> {
  assertReadsFor(ctx.principal, ctx.organisationId);
  const rows = await ctx.database.db.select().from(networkMeetings).where(eq(networkMeetings.organisationId, ctx.organisationId)).orderBy(desc(networkMeetings.heldAt));
  return rows.map(presentMeeting);
}

export async function createMeeting(ctx: Ctx & { input: TMeetingCreate }): Promise<TMeeting> {
  const { input } = ctx;
  assertKeepsFor(ctx.principal, input.organisationId);
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const participants = await resolveParticipants(tx, input.organisationId, input.participants);
    const [row] = await tx
      .insert(networkMeetings)
      .values({ organisationId: input.organisationId, title: input.title, heldAt: new Date(input.heldAt), participants, agenda: input.agenda, createdByUserId: ctx.principal.type === 'user' ? ctx.principal.user.id : null, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordAudit(tx, { actor: actorOf(ctx.principal, input.organisationId), at: now, eventType: 'network.meeting_saved', entityType: 'network_meeting', entityId: row.id, details: { created: true } });
    return presentMeeting(row);
  });
}

export async function updateMeeting(ctx: Ctx & { id: string; input: TMeetingUpdate }): Promise<TMeeting> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const [found] = await tx.select().from(networkMeetings).where(eq(networkMeetings.id, ctx.id)).for('update');
    if (!found) throw new AppError('NOT_FOUND', 'Réunion introuvable.');
    assertKeepsFor(ctx.principal, found.organisationId);
    const [row] = await tx.update(networkMeetings).set({ ...ctx.input, updatedAt: now }).where(eq(networkMeetings.id, ctx.id)).returning();
    await recordAudit(tx, { actor: actorOf(ctx.principal, found.organisationId), at: now, eventType: 'network.meeting_saved', entityType: 'network_meeting', entityId: found.id, details: { fields: Object.keys(ctx.input) } });
    return presentMeeting(row ?? found);
  });
}

export async function listLibrary(ctx: Omit<Ctx, 'clock'> & { organisationId: string }): Promise<TLibraryItem[]> {
  assertReadsFor(ctx.principal, ctx.organisationId);
  const rows = await ctx.database.db.select().from(libraryItems).where(eq(libraryItems.organisationId, ctx.organisationId)).orderBy(asc(libraryItems.title));
  return rows.map(presentItem);
}

export async function createLibraryItem(ctx: Ctx & { input: TLibraryCreate }): Promise<TLibraryItem> {
  assertKeepsFor(ctx.principal, ctx.input.organisationId);
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.insert(libraryItems).values({ ...ctx.input, createdAt: now, updatedAt: now }).returning();
    if (!row) throw new AppError('INTERNAL');
    await recordAudit(tx, { actor: actorOf(ctx.principal, row.organisationId), at: now, eventType: 'network.library_saved', entityType: 'library_item', entityId: row.id, details: { created: true } });
    return presentItem(row);
  });
}

/** Notes that a document was given to someone (a partner, a candidate, a meeting) on a date. */
export async function shareLibraryItem(ctx: Ctx & { id: string; share: { sharedOn: string; withWhom: string } }): Promise<TLibraryItem> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const [found] = await tx.select().from(libraryItems).where(eq(libraryItems.id, ctx.id)).for('update');
    if (!found) throw new AppError('NOT_FOUND', 'Document introuvable.');
    assertReadsFor(ctx.principal, found.organisationId);
    const [row] = await tx.update(libraryItems).set({ shares: [...found.shares, ctx.share], updatedAt: now }).where(eq(libraryItems.id, ctx.id)).returning();
    await recordAudit(tx, { actor: actorOf(ctx.principal, found.organisationId), at: now, eventType: 'network.library_saved', entityType: 'library_item', entityId: found.id, details: { shared: ctx.share } });
    return presentItem(row ?? found);
  });
}
