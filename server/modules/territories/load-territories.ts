import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { departements, regions } from '../../db/schema';

const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../reference');

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { delimiter: ';', columns: true, bom: true, skip_empty_lines: true, trim: true });
}

/**
 * Upserts régions and départements from the shipped COG files (or newer files of the same
 * columns). Safe to run at every start: unchanged rows stay as they are.
 */
export async function loadTerritories(database: Database, dir = REFERENCE_DIR): Promise<{ regions: number; departements: number }> {
  const regionRows = readCsv(path.join(dir, 'regions.csv')).map((r) => ({ code: String(r.code), name: String(r.nom) }));
  const depRows = readCsv(path.join(dir, 'departements.csv')).map((r) => ({ code: String(r.code), name: String(r.nom), regionCode: String(r.region) }));
  await database.db.transaction(async (tx) => {
    await tx.insert(regions).values(regionRows).onConflictDoUpdate({ target: regions.code, set: { name: sql`excluded.name` } });
    await tx
      .insert(departements)
      .values(depRows)
      .onConflictDoUpdate({ target: departements.code, set: { name: sql`excluded.name`, regionCode: sql`excluded.region_code` } });
  });
  return { regions: regionRows.length, departements: depRows.length };
}
