import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { lockDataDir, type DataDirLockOptions } from './data-dir-lock';
import { initdbApart, needsInitdb } from './pglite-initdb';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs SQL text without parameters (several statements allowed): migrations, maintenance. */
  exec(sqlText: string): Promise<void>;
  /** Runs one parameterised statement and returns its rows. */
  query<T = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
  /** Present in embedded mode only: backups use it. */
  pglite?: PGlite;
  /** Present in server mode only. */
  pool?: pg.Pool;
}

const extensions = { pg_trgm, unaccent };

/**
 * How the embedded engine starts. `template1` is where PGlite 0.3 put every database it created,
 * so a data directory made before the 0.4 upgrade opens with its data (0.4 defaults to `postgres`).
 * shared_buffers: PGlite's 128 MB default lives inside the WASM heap, which never shrinks; 32 MB
 * keeps the process under its memory budget and the OS page cache still holds the files
 * (docs/decisions/0007-pglite-0.4-memory.md).
 */
const pgliteOptions = {
  extensions,
  database: 'template1',
  // default_statistics_target 10: ANALYZE samples 300 rows per unit of target and holds them in
  // the heap. At 100, analysing the full registry grew the heap by 56 MB for good (the server past
  // 400 MB); at 10 it grows nothing, and the search's plans and latencies are the same.
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB', '-c', 'default_statistics_target=10'],
};

export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob, lock: DataDirLockOptions = {}): Promise<Database> {
  const onDisk = dataDir !== undefined && !dataDir.startsWith('memory://');
  if (onDisk) mkdirSync(path.dirname(dataDir), { recursive: true });
  // One process per directory: see data-dir-lock.ts.
  const release = onDisk ? await lockDataDir(dataDir, lock) : async () => undefined;
  // A new directory is created by a child process, so this one never holds initdb's memory.
  if (onDisk && !loadDataDir && needsInitdb(dataDir)) await initdbApart(dataDir).catch(async (err: unknown) => {
    await release();
    throw err;
  });
  const client = await PGlite.create(dataDir ?? 'memory://', { ...pgliteOptions, ...(loadDataDir ? { loadDataDir } : {}) }).catch(async (err: unknown) => {
    await release();
    throw err;
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    exec: async (sqlText) => {
      await client.exec(sqlText);
    },
    query: async <T>(sqlText: string, params: unknown[] = []) => (await client.query<T>(sqlText, params)).rows,
    close: async () => {
      await client.close();
      await release();
    },
  };
}

export function openPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    pool,
    exec: async (sqlText) => {
      await pool.query(sqlText);
    },
    query: async <T>(sqlText: string, params: unknown[] = []) =>
      (await pool.query(sqlText, params)).rows as T[],
    close: () => pool.end(),
  };
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string; poolMax?: number }): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolMax);
  return openPglite(path.resolve(opts.dataDir, 'pglite'));
}
