import { stringify } from 'csv-stringify/sync';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { NETWORK_FIELD_LABELS, NETWORK_FIELDS, type NetworkField, type Visibility } from '../../../../common/network';
import type { Database } from '../../../db/client';
import { partnerContacts, partnerEntries } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { CsvReadError, decodeUtf8, firstNonUtf8Line, parseCsvLines, type CsvLine } from '../../../lib/csv-input';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { assertKeepsFor, assertReadsFor } from '../network.policy';
import type { TImportReport } from '../network.schema';
import { checkTerritory, stableKey } from '../network.store';

/** The columns of the export, in order; an import needs all of them but the last (informative). */
export const CSV_COLUMNS = ['nom', 'domaines', 'visibilite', 'departements', 'adresse', 'site', 'notes', 'contact_nom', 'contact_fonction', 'contact_telephone', 'contact_email', 'contact_horaires', 'derniere_verification'] as const;
const REQUIRED = CSV_COLUMNS.filter((c) => c !== 'derniere_verification');
type Column = (typeof CSV_COLUMNS)[number];
const VISIBILITY_LABELS: Record<Visibility, string> = { private: 'privée', territory: 'territoire' };
const list = (cell: string) => cell.split(',').map((s) => s.trim()).filter(Boolean);

/** The structure's own entries, one line per contact, `;`-separated, UTF-8 with a BOM for spreadsheets. */
export async function exportEntries(opts: { database: Database; principal: Principal; organisationId: string }): Promise<string> {
  assertReadsFor(opts.principal, opts.organisationId);
  const db = opts.database.db;
  const entries = await db.select().from(partnerEntries).where(eq(partnerEntries.organisationId, opts.organisationId)).orderBy(asc(partnerEntries.name));
  const contacts = entries.length ? await db.select().from(partnerContacts).where(inArray(partnerContacts.entryId, entries.map((e) => e.id))).orderBy(asc(partnerContacts.name)) : [];
  const rows: Record<Column, string>[] = [];
  for (const e of entries) {
    const base = { nom: e.name, domaines: e.fields.map((f) => NETWORK_FIELD_LABELS[f]).join(', '), visibilite: VISIBILITY_LABELS[e.visibility], departements: e.departements.join(', '), adresse: e.address, site: e.website, notes: e.notes, derniere_verification: e.lastCheckedAt.toISOString().slice(0, 10) };
    const mine = contacts.filter((c) => c.entryId === e.id);
    const lines = mine.length ? mine : [null];
    for (const c of lines) rows.push({ ...base, contact_nom: c?.name ?? '', contact_fonction: c?.jobTitle ?? '', contact_telephone: c?.phone ?? '', contact_email: c?.email ?? '', contact_horaires: c?.hours ?? '' });
  }
  return stringify(rows, { delimiter: ';', header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'windows' });
}

function refuse(line: number, field: string, message: string): AppError {
  return new AppError('CSV_INVALID', `Ligne ${line}, colonne « ${field} » : ${message}`, { line, field, fields: { [field]: message } });
}

/** Strict UTF-8: a file saved in another encoding is refused at its first bad line. */
function decode(buffer: Buffer): string {
  const text = decodeUtf8(buffer);
  if (text !== null) return text;
  const line = firstNonUtf8Line(buffer);
  if (line !== null) throw new AppError('CSV_INVALID', `Ligne ${line} : le fichier n’est pas encodé en UTF-8 (enregistrez-le en « CSV UTF-8 »).`, { line, field: 'encodage' });
  throw new AppError('CSV_INVALID', 'Le fichier n’est pas encodé en UTF-8.', { field: 'encodage' });
}

const FIELD_BY_WORD = new Map<string, NetworkField>([...NETWORK_FIELDS.map((f) => [stableKey(f), f] as const), ...NETWORK_FIELDS.map((f) => [stableKey(NETWORK_FIELD_LABELS[f]), f] as const)]);

interface ParsedLine {
  line: number;
  key: string;
  entry: { name: string; fields: NetworkField[]; visibility: Visibility; departements: string[]; address: string; website: string; notes: string };
  contact: { name: string; jobTitle: string; phone: string; email: string; hours: string } | null;
}

export function parseEntriesCsv(buffer: Buffer): ParsedLine[] {
  const text = decode(buffer);
  let records: CsvLine[];
  try {
    records = parseCsvLines(text, { delimiter: ';' });
  } catch (error) {
    if (!(error instanceof CsvReadError)) throw error;
    const line = error.line ?? 0;
    throw new AppError('CSV_INVALID', `Ligne ${line} : ${error.message}`, { line, field: 'format' });
  }
  const header = records[0]?.record.map((h) => stableKey(h)) ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new AppError('CSV_INVALID', `Ligne 1 : colonnes manquantes : ${missing.join(', ')}.`, { line: 1, field: missing[0], missing });
  return records.slice(1).map(({ record, line }) => {
    const cell = (c: Column) => record[header.indexOf(c)] ?? '';
    const name = cell('nom');
    if (!name) throw refuse(line, 'nom', 'le nom est obligatoire.');
    const fields = list(cell('domaines')).map((w) => FIELD_BY_WORD.get(stableKey(w)) ?? w);
    const unknown = fields.filter((f) => !NETWORK_FIELDS.includes(f as NetworkField));
    if (unknown.length > 0 || fields.length === 0) throw refuse(line, 'domaines', unknown.length ? `domaine inconnu : ${unknown.join(', ')}.` : 'au moins un domaine est attendu.');
    const vis = stableKey(cell('visibilite') || 'privée');
    const visibility: Visibility | null = vis === 'privee' || vis === 'private' ? 'private' : vis === 'territoire' || vis === 'territory' ? 'territory' : null;
    if (!visibility) throw refuse(line, 'visibilite', '« privée » ou « territoire » attendu.');
    const email = cell('contact_email');
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw refuse(line, 'contact_email', 'adresse électronique invalide.');
    const contactName = cell('contact_nom');
    return {
      line,
      key: stableKey(name),
      entry: { name, fields: [...new Set(fields as NetworkField[])], visibility, departements: list(cell('departements')), address: cell('adresse'), website: cell('site'), notes: cell('notes') },
      contact: contactName ? { name: contactName, jobTitle: cell('contact_fonction'), phone: cell('contact_telephone'), email, hours: cell('contact_horaires') } : null,
    };
  });
}

const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join('|') === [...b].sort().join('|');

/** Creates or updates entries by their name's stable key; importing an export changes nothing. */
export async function importEntries(opts: { database: Database; clock: Clock; principal: Principal; organisationId: string; fileBase64: string }): Promise<TImportReport> {
  assertKeepsFor(opts.principal, opts.organisationId);
  const lines = parseEntriesCsv(Buffer.from(opts.fileBase64, 'base64'));
  const now = opts.clock.now();
  const report: TImportReport = { created: 0, updated: 0, unchanged: 0, contactsCreated: 0, contactsUpdated: 0 };
  await opts.database.db.transaction(async (tx) => {
    const seen = new Map<string, string>();
    for (const l of lines) {
      let entryId = seen.get(l.key);
      if (!entryId) {
        try {
          await checkTerritory(tx, opts.organisationId, l.entry.visibility, l.entry.departements);
        } catch (error) {
          if (error instanceof AppError) throw refuse(l.line, 'departements', error.message);
          throw error;
        }
        const [existing] = await tx.select().from(partnerEntries).where(and(eq(partnerEntries.organisationId, opts.organisationId), eq(partnerEntries.stableKey, l.key)));
        if (!existing) {
          const [row] = await tx.insert(partnerEntries).values({ ...l.entry, organisationId: opts.organisationId, stableKey: l.key, lastCheckedAt: now, createdAt: now, updatedAt: now }).returning({ id: partnerEntries.id });
          entryId = row?.id ?? '';
          report.created += 1;
        } else {
          entryId = existing.id;
          const e = l.entry;
          const changed = existing.name !== e.name || !same(existing.fields, e.fields) || existing.visibility !== e.visibility || !same(existing.departements, e.departements) || existing.address !== e.address || existing.website !== e.website || existing.notes !== e.notes;
          if (changed) await tx.update(partnerEntries).set({ ...e, updatedAt: now }).where(eq(partnerEntries.id, existing.id));
          report[changed ? 'updated' : 'unchanged'] += 1;
        }
        seen.set(l.key, entryId);
      }
      if (!l.contact) continue;
      const contact = l.contact;
      const known = await tx.select().from(partnerContacts).where(eq(partnerContacts.entryId, entryId));
      const match = known.find((k) => stableKey(k.name) === stableKey(contact.name));
      if (!match) {
        await tx.insert(partnerContacts).values({ ...contact, entryId, createdAt: now, updatedAt: now });
        report.contactsCreated += 1;
      } else if (match.name !== contact.name || match.jobTitle !== contact.jobTitle || match.phone !== contact.phone || match.email !== contact.email || match.hours !== contact.hours) {
        await tx.update(partnerContacts).set({ ...contact, updatedAt: now }).where(eq(partnerContacts.id, match.id));
        report.contactsUpdated += 1;
      }
    }
    if (report.created + report.updated + report.contactsCreated + report.contactsUpdated > 0) {
      await recordAudit(tx, { actor: actorOf(opts.principal, opts.organisationId), at: now, eventType: 'network.imported', entityType: 'organisation', entityId: opts.organisationId, details: { ...report } });
    }
  });
  return report;
}
