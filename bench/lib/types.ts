import type { Database } from '../../server/db/client';

export type BenchDb = 'pglite' | 'postgres';

/** What one load run measured. Latencies are in milliseconds, over the 2xx responses only. */
export interface Measure {
  rps: number;
  p50: number;
  /** Only where the bench measures it (latency benches, e.g. dashboards). */
  p95?: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** One line of the report; `baseline` is the bare route measured in the same run, on the same machine. */
export interface BenchRow extends Measure {
  name: string;
  baseline: Measure | null;
}

export interface BenchContext {
  db: BenchDb;
  load: { durationSeconds: number; connections: number };
  /** A fresh database prepared like the test suite's (migrated, territories loaded) plus the demo seed. */
  openDatabase(): Promise<Database>;
  log(message: string): void;
}

/** The shape every bench/*.bench.ts module exports. */
export interface BenchModule {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

export function isBenchModule(value: unknown): value is BenchModule {
  if (typeof value !== 'object' || value === null) return false;
  return 'name' in value && typeof value.name === 'string' && 'run' in value && typeof value.run === 'function';
}
