import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { seedDemo } from '../../server/db/seed-demo';
import { loadTerritories } from '../../server/modules/territories/load-territories';
import type { BenchDb } from './types';

// The server's default pool size, so the PostgreSQL figures match a default deployment.
const POOL_MAX = 10;

/**
 * In-memory PGlite, or a throwaway database created on the server named by `serverUrl` and
 * dropped on close; then the same preparation as the server's start (migrations, territories,
 * demo accounts), so benches can log in as the demo users.
 */
export async function openBenchDatabase(kind: BenchDb, serverUrl: string | undefined): Promise<Database> {
  let database: Database;
  if (kind === 'pglite') {
    database = await openPglite(undefined);
  } else {
    if (!serverUrl) throw new Error('--db postgres demande BENCH_DATABASE_URL (ex. postgres://postgres@127.0.0.1:5432/postgres)');
    const throwaway = await createThrowawayDatabase(serverUrl);
    const opened = openPostgres(throwaway.url, POOL_MAX);
    database = {
      ...opened,
      close: async () => {
        await opened.close();
        await throwaway.drop();
      },
    };
  }
  await migrate(database);
  await loadTerritories(database);
  await seedDemo(database);
  return database;
}

/** An empty database created on the server named by `serverUrl`: its URL, and how to drop it. */
export async function createThrowawayDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `jalon_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
