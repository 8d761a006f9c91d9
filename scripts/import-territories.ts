/**
 * Replaces the shipped régions and/or départements by a newer file.
 *
 *   npm run import:territories -- <regions|departements> <file.csv> [<regions|departements> <file.csv>]
 *
 * CSV: the shipped shape (`code;nom`, `code;nom;region`) or INSEE's Code officiel géographique export
 * as published (v_region_YYYY.csv, v_departement_YYYY.csv), `;` or `,`, UTF-8 with or without BOM.
 * A régions and a départements file given together are imported in one transaction (a new région
 * and its départements). Opens the database as the server does (stop the server first in PGlite
 * mode). Exit code 1 on a bad file, with the line named, and nothing is written; 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exitWith, withCliDatabase } from '../server/db/cli-database';
import { migrate } from '../server/db/migrate';
import { AppError } from '../server/lib/errors';
import { importTerritories, type TerritoryFile } from '../server/modules/territories/features/import-territories';
import { loadTerritories } from '../server/modules/territories/load-territories';
import { TERRITORY_KINDS, type TerritoryKind } from '../server/modules/territories/territory-file';

const KIND = `<${TERRITORY_KINDS.join('|')}>`;
const USAGE = `Usage : npm run import:territories -- ${KIND} <fichier.csv> [${KIND} <fichier.csv>]\n`;
// Régions are feminine, départements masculine; 0 and 1 take the singular.
const WORDS: Record<TerritoryKind, { title: string; read: string; written: string; unchanged: string }> = {
  regions: { title: 'Régions', read: 'lue', written: 'écrite', unchanged: 'inchangée' },
  departements: { title: 'Départements', read: 'lu', written: 'écrit', unchanged: 'inchangé' },
};
const count = (n: number, word: string) => `${n} ${n > 1 ? `${word}s` : word}`;
const isKind = (arg: string | undefined): arg is TerritoryKind => (TERRITORY_KINDS as readonly (string | undefined)[]).includes(arg);

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  // One or two pairs of a kind and a file, each kind once.
  const pairs = args.length === 2 || args.length === 4 ? [args.slice(0, 2), args.slice(2)].filter((p) => p.length === 2) : [];
  const kinds = pairs.map(([kind]) => kind);
  if (pairs.length === 0 || !kinds.every(isKind) || new Set(kinds).size !== kinds.length) {
    process.stderr.write(USAGE);
    return 2;
  }
  let files: TerritoryFile[];
  try {
    files = pairs.map(([kind = '', file = '']) => ({ kind: kind as TerritoryKind, fileName: path.basename(file), content: readFileSync(file) }));
  } catch (err) {
    process.stderr.write(`Fichier illisible : ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  return withCliDatabase(1, async (database) => {
    await migrate(database);
    // As the server does at start, so a départements file finds the shipped régions on a new database
    // (the loader leaves imported rows alone).
    await loadTerritories(database);
    try {
      for (const report of await importTerritories({ database, files, now: new Date() })) {
        const words = WORDS[report.kind];
        process.stdout.write(`${words.title} : ${count(report.read, words.read)}, ${count(report.written, words.written)}, ${count(report.unchanged, words.unchanged)}.\n`);
      }
      return 0;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
  });
}

exitWith(main());
