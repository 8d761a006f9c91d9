import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Database, Db } from '../../server/db/client';
import * as schema from '../../server/db/schema';
import type { Measure } from './types';

export interface Captured {
  query: string;
  params: unknown[];
}

/** A Drizzle instance over the same connection that records every statement it sends. */
export function capturingDatabase(database: Database, sink: Captured[]): Database {
  const logger = {
    logQuery: (query: string, params: unknown[]) => {
      if (!/^\s*(begin|commit|rollback)\b/i.test(query)) sink.push({ query, params });
    },
  };
  let db: Db;
  if (database.pool) db = drizzlePg(database.pool, { schema, logger });
  else if (database.pglite) db = drizzlePglite(database.pglite, { schema, logger });
  else throw new Error('base inconnue');
  return { ...database, db };
}

/** Runs `fn` once with a capturing database and returns the statements it sent, in order. */
export async function captureStatements(database: Database, fn: (db: Database) => Promise<unknown>): Promise<Captured[]> {
  const sink: Captured[] = [];
  await fn(capturingDatabase(database, sink));
  return sink;
}

/** The captured statements replayed one after the other on the driver, as the function sends them. */
export async function replay(database: Database, statements: Captured[]): Promise<void> {
  for (const s of statements) await database.query(s.query, s.params);
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

/**
 * The same closed loop as the HTTP measure, without HTTP: `clients` concurrent workers each run
 * `fn` again as soon as it returns, for `durationSeconds` after a one-second warm-up.
 */
export async function measureLoop(fn: () => Promise<void>, opts: { durationSeconds: number; connections: number }): Promise<Measure> {
  const run = async (seconds: number, sink: number[] | null) => {
    const end = performance.now() + seconds * 1000;
    const worker = async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await fn();
        sink?.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: opts.connections }, worker));
  };
  await run(1, null);
  const samples: number[] = [];
  const started = performance.now();
  await run(opts.durationSeconds, samples);
  const elapsed = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(samples).sort();
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { rps: Math.round(samples.length / elapsed), p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), requests: samples.length, non2xx: 0, errors: 0 };
}
