import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../db/client';
import { nomenclatureEntries } from '../../../db/schema/certifications';

export const NOMENCLATURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../reference/nomenclatures');

export const FILES = { level: 'levels.json', nsf: 'nsf.json', rome: 'rome.json', formacode: 'formacode.json' } as const;
export type NomenclatureSystem = keyof typeof FILES;

export const ZEntriesSchema = z.array(
  z.strictObject({ code: z.string().min(1), label: z.string().min(1), parentCode: z.string().min(1).nullable() }),
);

/**
 * Loads the reference nomenclatures (levels, NSF, ROME, Formacode). Idempotent: rows whose label
 * and parent are unchanged are not rewritten, so the returned count is 0 on a second run.
 */
export async function loadNomenclatures(database: Database, dir = NOMENCLATURE_DIR): Promise<{ written: number }> {
  const rows = (Object.entries(FILES) as [NomenclatureSystem, string][]).flatMap(([system, file]) => {
    const parsed = ZEntriesSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`Nomenclature invalide ${file} : ${z.prettifyError(parsed.error)}`);
    return parsed.data.map((e) => ({ system, ...e }));
  });
  const written = await database.db
    .insert(nomenclatureEntries)
    .values(rows)
    .onConflictDoUpdate({
      target: [nomenclatureEntries.system, nomenclatureEntries.code],
      set: { label: sql`excluded.label`, parentCode: sql`excluded.parent_code` },
      // Entries an administrator imported from a newer file are left as they are.
      setWhere: sql`${nomenclatureEntries.importedAt} IS NULL AND (${nomenclatureEntries.label}, ${nomenclatureEntries.parentCode}) IS DISTINCT FROM (excluded.label, excluded.parent_code)`,
    })
    .returning({ code: nomenclatureEntries.code });
  return { written: written.length };
}
