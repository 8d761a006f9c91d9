import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../db/client';
import { nomenclatureEntries } from '../../../db/schema/certifications';
import { decodeUtf8, sniffDelimiter } from '../../../lib/csv-input';
import { AppError } from '../../../lib/errors';
import { FILES, ZEntriesSchema, type NomenclatureSystem } from './load-nomenclatures';

export const NOMENCLATURE_SYSTEMS = Object.keys(FILES) as NomenclatureSystem[];

export interface NomenclatureImportReport {
  system: NomenclatureSystem;
  read: number;
  written: number;
  unchanged: number;
}

type Entry = z.infer<typeof ZEntriesSchema>[number];

/** CSV (`code;label;parent_code`, `;` or `,`, UTF-8 with or without BOM) or JSON as shipped. Errors name the line. */
export function parseNomenclatureFile(fileName: string, content: Buffer): Entry[] {
  const decoded = decodeUtf8(content);
  if (decoded === null) throw new AppError('VALIDATION_FAILED', `${fileName} n’est pas encodé en UTF-8 : enregistrez-le en UTF-8 puis recommencez.`);
  const text = decoded.replace(/^\uFEFF/, '');
  if (path.extname(fileName).toLowerCase() === '.json') {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new AppError('VALIDATION_FAILED', `${fileName} n’est pas un JSON valide.`);
    }
    const parsed = ZEntriesSchema.safeParse(raw);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', `${fileName} : ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  }
  const delimiter = sniffDelimiter(text);
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), delimiter, skip_empty_lines: true, trim: true });
  } catch (err) {
    throw new AppError('VALIDATION_FAILED', `${fileName} : CSV illisible (${err instanceof Error ? err.message : String(err)}).`);
  }
  const header = Object.keys(records[0] ?? {});
  for (const column of ['code', 'label']) if (!header.includes(column)) throw new AppError('VALIDATION_FAILED', `${fileName} : colonne « ${column} » manquante (attendu : code;label;parent_code).`);
  return records.map((r, i) => {
    const line = i + 2;
    if (!r.code) throw new AppError('VALIDATION_FAILED', `${fileName}, ligne ${line} : code vide.`);
    if (!r.label) throw new AppError('VALIDATION_FAILED', `${fileName}, ligne ${line} : libellé vide pour ${r.code}.`);
    return { code: r.code, label: r.label, parentCode: r.parent_code ? r.parent_code : null };
  });
}

/**
 * Replaces the shipped entries of one nomenclature by a newer file's (e.g. the whole ROME from France
 * Travail): entries are upserted and marked imported, so the loader run at start keeps them; entries
 * absent from the file are left, since certifications may still cite them.
 */
export async function importNomenclature(database: Database, system: NomenclatureSystem, fileName: string, content: Buffer, now: Date): Promise<NomenclatureImportReport> {
  const entries = parseNomenclatureFile(fileName, content);
  const codes = entries.map((e) => e.code);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) throw new AppError('VALIDATION_FAILED', `${fileName} : le code ${dup} apparaît deux fois.`);
  if (entries.length === 0) throw new AppError('VALIDATION_FAILED', `${fileName} ne contient aucune entrée.`);
  return database.db.transaction(async (tx) => {
    let written = 0;
    // In slices: one statement per slice keeps the parameter count under PostgreSQL's limit.
    for (let i = 0; i < entries.length; i += 1000) {
      const slice = entries.slice(i, i + 1000).map((e) => ({ system, ...e, importedAt: now }));
      const rows = await tx
        .insert(nomenclatureEntries)
        .values(slice)
        .onConflictDoUpdate({
          target: [nomenclatureEntries.system, nomenclatureEntries.code],
          set: { label: sql`excluded.label`, parentCode: sql`excluded.parent_code`, importedAt: sql`excluded.imported_at` },
          setWhere: sql`(${nomenclatureEntries.label}, ${nomenclatureEntries.parentCode}, ${nomenclatureEntries.importedAt} IS NULL) IS DISTINCT FROM (excluded.label, excluded.parent_code, false)`,
        })
        .returning({ code: nomenclatureEntries.code });
      written += rows.length;
    }
    return { system, read: entries.length, written, unchanged: entries.length - written };
  });
}
