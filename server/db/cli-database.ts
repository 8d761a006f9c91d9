import { ConfigError, loadEnv } from '../lib/env';
import { openDatabase, type Database } from './client';

/**
 * For the db:* commands: opens the database the server uses (DATABASE_URL, else PGlite under
 * DATA_DIR), runs the command on it and closes it. A configuration error exits with 78
 * (EX_CONFIG) and its message alone.
 */
export async function withCliDatabase(poolMax: number, run: (database: Database) => Promise<number>): Promise<number> {
  let env;
  try {
    env = loadEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 78;
    }
    throw err;
  }
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolMax });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

/** Sets the exit code a command's promise gives; an unexpected error prints its message only. */
export function exitWith(command: Promise<number>): void {
  command.then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // The message only: a failed statement's text may carry row data, which has no place in a terminal log.
      process.stderr.write(`Échec : ${err instanceof Error ? err.message.slice(0, 1000) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
