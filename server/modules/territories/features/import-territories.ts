import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { departements, regions } from '../../../db/schema';
import { AppError } from '../../../lib/errors';
import { parseTerritoryFile, TERRITORY_KINDS, type TerritoryKind, type TerritoryRow } from '../territory-file';

export interface TerritoryFile {
  kind: TerritoryKind;
  fileName: string;
  content: Buffer;
}

export interface TerritoryImportReport {
  kind: TerritoryKind;
  read: number;
  /** Rows added or whose name (or région) changed. */
  written: number;
  unchanged: number;
}

interface Stored {
  name: string;
  regionCode: string | null;
  importedAt: Date | null;
}

const isChanged = (row: TerritoryRow, old: Stored | undefined) => !old || old.name !== row.name || old.regionCode !== row.regionCode;

/**
 * Replaces the shipped régions and/or départements by a newer file each (INSEE's COG export or the
 * shipped shape), in one transaction: a bad line in either file writes nothing. Rows are upserted
 * and marked imported, so loadTerritories at start no longer writes over them; rows absent from the
 * file are kept, since zones, agreements and candidates refer to them. Régions are written first,
 * so a département may belong to a région of the régions file imported with it.
 */
export async function importTerritories(opts: { database: Database; files: TerritoryFile[]; now: Date }): Promise<TerritoryImportReport[]> {
  const files = TERRITORY_KINDS.flatMap((kind) => {
    const ofKind = opts.files.filter((f) => f.kind === kind);
    if (ofKind.length > 1) throw new AppError('VALIDATION_FAILED', `Un seul fichier de ${kind === 'regions' ? 'régions' : 'départements'} par import.`);
    return ofKind;
  });
  if (files.length === 0) throw new AppError('VALIDATION_FAILED', 'Aucun fichier à importer.');
  const parsed = files.map((file) => ({ ...file, rows: parseTerritoryFile(file) }));
  return opts.database.db.transaction(async (tx) => {
    const storedRegions = await tx.select({ code: regions.code, name: regions.name, importedAt: regions.importedAt }).from(regions);
    const storedDepartements = await tx.select({ code: departements.code, name: departements.name, regionCode: departements.regionCode, importedAt: departements.importedAt }).from(departements);
    const stored: Record<TerritoryKind, Map<string, Stored>> = {
      regions: new Map(storedRegions.map((r) => [r.code, { ...r, regionCode: null }])),
      departements: new Map(storedDepartements.map((d) => [d.code, d])),
    };
    const knownRegions = new Set([...stored.regions.keys(), ...parsed.filter((f) => f.kind === 'regions').flatMap((f) => f.rows.map((r) => r.code))]);
    for (const file of parsed.filter((f) => f.kind === 'departements')) {
      const orphan = file.rows.find((r) => !knownRegions.has(r.regionCode ?? ''));
      if (orphan) {
        throw new AppError(
          'VALIDATION_FAILED',
          `${file.fileName}, ligne ${orphan.line} : la région ${orphan.regionCode} du département ${orphan.code} n’existe ni dans la base ni dans un fichier de régions importé avec lui ; importez d’abord les régions.`,
        );
      }
    }
    const reports: TerritoryImportReport[] = [];
    for (const file of parsed) {
      const olds = stored[file.kind];
      const changed = new Set(file.rows.filter((row) => isChanged(row, olds.get(row.code))));
      // Rows the same as stored are still marked imported, so a later shipped file does not undo the import.
      const toWrite = file.rows.filter((row) => changed.has(row) || olds.get(row.code)?.importedAt === null);
      if (toWrite.length > 0 && file.kind === 'regions') {
        await tx
          .insert(regions)
          .values(toWrite.map((r) => ({ code: r.code, name: r.name, importedAt: opts.now })))
          .onConflictDoUpdate({ target: regions.code, set: { name: sql`excluded.name`, importedAt: sql`excluded.imported_at` } });
      }
      if (toWrite.length > 0 && file.kind === 'departements') {
        await tx
          .insert(departements)
          .values(toWrite.map((r) => ({ code: r.code, name: r.name, regionCode: r.regionCode ?? '', importedAt: opts.now })))
          .onConflictDoUpdate({ target: departements.code, set: { name: sql`excluded.name`, regionCode: sql`excluded.region_code`, importedAt: sql`excluded.imported_at` } });
      }
      reports.push({ kind: file.kind, read: file.rows.length, written: changed.size, unchanged: file.rows.length - changed.size });
    }
    return reports;
  });
}
