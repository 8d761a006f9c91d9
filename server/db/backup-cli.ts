import { BackupError, backupDatabase, restoreDatabase, type TTableCount } from './backup';
import { withCliDatabase, exitWith } from './cli-database';
import type { Database } from './client';
import { migrate } from './migrate';

/**
 * npm run db:backup -- <file>    writes a portable backup of the database the server uses
 * npm run db:restore -- <file>   replaces that database's content with the backup
 *
 * The database is chosen like the server does: DATABASE_URL, else PGlite under DATA_DIR.
 * In embedded mode the server must be stopped first: PGlite's files belong to one process at a time.
 */

const USAGE = 'Usage : npm run db:backup -- <fichier>  |  npm run db:restore -- <fichier>';

function printCounts(tables: TTableCount[]): void {
  const width = Math.max(...tables.map((t) => t.name.length), 5);
  const byName = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  for (const t of byName) process.stdout.write(`  ${t.name.padEnd(width)}  ${String(t.rows).padStart(9)}\n`);
  const total = tables.reduce((n, t) => n + t.rows, 0);
  process.stdout.write(`  ${'total'.padEnd(width)}  ${String(total).padStart(9)}\n`);
}

async function run(command: string, file: string, database: Database): Promise<void> {
  if (command === 'backup') {
    const result = await backupDatabase(database, file);
    process.stdout.write(`Sauvegarde écrite : ${result.file} (${(result.bytes / 1024).toFixed(1)} Kio, base ${database.kind})\n`);
    printCounts(result.manifest.tables);
    return;
  }
  // A fresh database gets its schema first, so a backup can be restored onto a new installation.
  const applied = await migrate(database);
  if (applied.length > 0) process.stdout.write(`Migrations appliquées avant la restauration : ${applied.join(', ')}\n`);
  const result = await restoreDatabase(database, file);
  process.stdout.write(
    `Base ${database.kind} restaurée depuis ${result.file} (sauvegarde du ${result.backupCreatedAt}, faite sur ${result.sourceEngine})\n`,
  );
  printCounts(result.tables);
}

async function main(): Promise<number> {
  const [command, file, ...rest] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return withCliDatabase(2, async (database) => {
    try {
      await run(command, file, database);
      return 0;
    } catch (err) {
      if (err instanceof BackupError) {
        process.stderr.write(`${err.message}\n`);
        return 1;
      }
      throw err;
    }
  });
}

exitWith(main());
