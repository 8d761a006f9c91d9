import { exitWith, withCliDatabase } from './cli-database';
import { migrate } from './migrate';

/**
 * npm run db:migrate   applies the pending migrations to the database the server uses, e.g. a
 * PostgreSQL server before a new version starts (the server also applies them when it starts).
 *
 * The database is chosen like the server does: DATABASE_URL, else PGlite under DATA_DIR.
 */
async function main(): Promise<number> {
  if (process.argv.length > 2) {
    process.stderr.write('Usage : npm run db:migrate\n');
    return 2;
  }
  return withCliDatabase(1, async (database) => {
    const applied = await migrate(database);
    process.stdout.write(
      applied.length === 0
        ? `Base ${database.kind} à jour : aucune migration en attente.\n`
        : `Base ${database.kind} : ${applied.length} migration(s) appliquée(s)\n${applied.map((name) => `  ${name}\n`).join('')}`,
    );
    return 0;
  });
}

exitWith(main());
