import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { departements, regions } from '../../db/schema';
import { parseTerritoryFile, type TerritoryKind } from './territory-file';

const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../reference');

const readRows = (dir: string, kind: TerritoryKind) => parseTerritoryFile({ kind, fileName: `${kind}.csv`, content: readFileSync(path.join(dir, `${kind}.csv`)) });

/**
 * Upserts régions and départements from the shipped COG files. Safe to run at every start: unchanged
 * rows stay as they are, and rows an administrator imported from a newer file (npm run
 * import:territories, which sets imported_at) are left alone.
 */
export async function loadTerritories(database: Database, dir = REFERENCE_DIR): Promise<{ regions: number; departements: number }> {
  const regionRows = readRows(dir, 'regions').map((r) => ({ code: r.code, name: r.name }));
  const depRows = readRows(dir, 'departements').map((r) => ({ code: r.code, name: r.name, regionCode: r.regionCode ?? '' }));
  await database.db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(regionRows)
      .onConflictDoUpdate({
        target: regions.code,
        set: { name: sql`excluded.name` },
        setWhere: sql`${regions.importedAt} IS NULL AND ${regions.name} IS DISTINCT FROM excluded.name`,
      });
    await tx
      .insert(departements)
      .values(depRows)
      .onConflictDoUpdate({
        target: departements.code,
        set: { name: sql`excluded.name`, regionCode: sql`excluded.region_code` },
        setWhere: sql`${departements.importedAt} IS NULL AND (${departements.name}, ${departements.regionCode}) IS DISTINCT FROM (excluded.name, excluded.region_code)`,
      });
  });
  return { regions: regionRows.length, departements: depRows.length };
}
