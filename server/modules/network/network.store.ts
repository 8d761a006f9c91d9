import { and, arrayContains, arrayOverlaps, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { CHECK_AFTER_DAYS } from '../../../common/network';
import type { Executor } from '../../db/client';
import { departements, organisationDepartements, organisations, partnerContacts, partnerEntries, partnerExchanges, users } from '../../db/schema';
import { AppError, fieldError } from '../../lib/errors';
import type { TEntry } from './network.schema';

export type EntryRow = typeof partnerEntries.$inferSelect;

/** What makes a re-imported line find its entry or contact: case, accents and spaces ignored. */
export function stableKey(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

export async function departementsOf(exec: Executor, organisationId: string): Promise<string[]> {
  const rows = await exec.select({ code: organisationDepartements.departementCode }).from(organisationDepartements).where(eq(organisationDepartements.organisationId, organisationId));
  return rows.map((r) => r.code);
}

/** Unknown codes are refused; a shared entry stays within the owner's own départements. */
export async function checkTerritory(exec: Executor, organisationId: string, visibility: 'private' | 'territory', codes: readonly string[], where = 'departements'): Promise<void> {
  if (codes.length > 0) {
    const known = await exec.select({ code: departements.code }).from(departements).where(inArray(departements.code, [...codes]));
    const unknown = codes.filter((c) => !known.some((k) => k.code === c));
    if (unknown.length > 0) throw fieldError('VALIDATION_FAILED', where, `Département inconnu : ${unknown.join(', ')}.`);
  }
  if (visibility !== 'territory') return;
  if (codes.length === 0) throw fieldError('TERRITORY_NOT_COVERED', where, 'Une fiche partagée avec le territoire doit indiquer les départements couverts.');
  const own = await departementsOf(exec, organisationId);
  const outside = codes.filter((c) => !own.includes(c));
  if (outside.length > 0) throw fieldError('TERRITORY_NOT_COVERED', where, `Hors du territoire de votre structure : ${outside.join(', ')}.`);
}

export async function loadEntry(exec: Executor, id: string): Promise<EntryRow> {
  const [row] = await exec.select().from(partnerEntries).where(eq(partnerEntries.id, id));
  if (!row) throw new AppError('NOT_FOUND', 'Fiche partenaire introuvable.');
  return row;
}

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchEntries(exec: Executor, opts: { organisationId: string; field?: string; departement?: string; q?: string; now: Date }): Promise<TEntry[]> {
  const own = await departementsOf(exec, opts.organisationId);
  const visible = or(eq(partnerEntries.organisationId, opts.organisationId), and(eq(partnerEntries.visibility, 'territory'), arrayOverlaps(partnerEntries.departements, own.length ? own : ['--'])));
  const filters: (SQL | undefined)[] = [visible];
  if (opts.field) filters.push(arrayContains(partnerEntries.fields, [opts.field as EntryRow['fields'][number]]));
  if (opts.departement) filters.push(arrayContains(partnerEntries.departements, [opts.departement]));
  if (opts.q) {
    const pattern = like(opts.q);
    filters.push(sql`(unaccent(lower(${partnerEntries.name})) LIKE unaccent(lower(${pattern})) OR EXISTS (SELECT 1 FROM partner_contacts c WHERE c.entry_id = ${partnerEntries.id} AND unaccent(lower(c.name)) LIKE unaccent(lower(${pattern}))))`);
  }
  const rows = await exec.select().from(partnerEntries).where(and(...filters)).orderBy(asc(partnerEntries.name)).limit(500);
  return presentEntries(exec, rows, opts.organisationId, opts.now);
}

export async function presentEntries(exec: Executor, rows: EntryRow[], viewerOrganisationId: string, now: Date): Promise<TEntry[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const contacts = await exec.select().from(partnerContacts).where(inArray(partnerContacts.entryId, ids)).orderBy(asc(partnerContacts.name));
  // The history of exchanges is the structure's own: another structure reading a shared entry does not see it.
  const exchanges = await exec
    .select({ e: partnerExchanges, authorName: users.displayName })
    .from(partnerExchanges)
    .leftJoin(users, eq(users.id, partnerExchanges.authorUserId))
    .where(and(inArray(partnerExchanges.entryId, ids), eq(partnerExchanges.organisationId, viewerOrganisationId)))
    .orderBy(desc(partnerExchanges.occurredOn), desc(partnerExchanges.createdAt));
  const orgs = await exec.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, [...new Set(rows.map((r) => r.organisationId))]));
  const limit = now.getTime() - CHECK_AFTER_DAYS * 86_400_000;
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    organisationName: orgs.find((o) => o.id === r.organisationId)?.name ?? '',
    mine: r.organisationId === viewerOrganisationId,
    name: r.name,
    fields: r.fields,
    visibility: r.visibility,
    departements: r.departements,
    address: r.address,
    website: r.website,
    notes: r.organisationId === viewerOrganisationId ? r.notes : '',
    lastCheckedAt: r.lastCheckedAt.toISOString(),
    needsCheck: r.lastCheckedAt.getTime() < limit,
    contacts: contacts.filter((c) => c.entryId === r.id).map((c) => ({ id: c.id, name: c.name, jobTitle: c.jobTitle, phone: c.phone, email: c.email, hours: c.hours })),
    exchanges: exchanges.filter((x) => x.e.entryId === r.id).map((x) => ({ id: x.e.id, occurredOn: x.e.occurredOn, summary: x.e.summary, authorName: x.authorName })),
  }));
}
