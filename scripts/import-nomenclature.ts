/**
 * Replaces a reference nomenclature by a newer file.
 *
 *   npm run import:nomenclature -- <level|nsf|rome|formacode> <file.csv|file.json>
 *
 * CSV: a header `code;label;parent_code` (`;` or `,`), UTF-8 with or without BOM. JSON: the shape of
 * server/reference/nomenclatures/*.json. Opens the database as the server does (stop the server
 * first in PGlite mode). Exit code 1 on a bad file, with the line named; nothing is written then.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { AppError } from '../server/lib/errors';
import { loadEnv } from '../server/lib/env';
import { importNomenclature, NOMENCLATURE_SYSTEMS } from '../server/modules/certifications/features/import-nomenclature';
import type { NomenclatureSystem } from '../server/modules/certifications/features/load-nomenclatures';

async function main(): Promise<void> {
  const [system, file] = process.argv.slice(2);
  if (!system || !file || !(NOMENCLATURE_SYSTEMS as string[]).includes(system)) {
    process.stderr.write(`Usage : import-nomenclature <${NOMENCLATURE_SYSTEMS.join('|')}> <fichier.csv|fichier.json>\n`);
    process.exit(2);
  }
  const env = loadEnv();
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolMax: 2 });
  try {
    await migrate(database);
    const report = await importNomenclature(database, system as NomenclatureSystem, path.basename(file), readFileSync(file), new Date());
    process.stdout.write(`Nomenclature ${report.system} : ${report.read} entrées lues, ${report.written} écrites, ${report.unchanged} inchangées.\n`);
  } catch (err) {
    process.stderr.write(`${err instanceof AppError ? err.message : String(err)}\n`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
void main();
