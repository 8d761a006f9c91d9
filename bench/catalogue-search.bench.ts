import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { openPostgres, type Database, type Db } from '../server/db/client';
import * as schema from '../server/db/schema';
import { importCertifications } from '../server/modules/certifications/features/import-certifications';
import { searchCertifications } from '../server/modules/certifications/features/search-certifications';
import type { TSearchCertificationsInput } from '../server/modules/certifications/certifications.schema';
import { benchExportFile } from './catalogue-import.bench';
import { CATALOGUE_QUERIES, type CatalogueQuery, type QueryCategory } from './catalogue-queries';
import type { BenchContext, BenchRow, Measure } from './lib/types';

/**
 * Latency of searchCertifications over the imported registry, for 200 realistic queries (see
 * catalogue-queries.ts), beside the bare SQL of the same query: the very statements the function
 * sent (captured once through a Drizzle logger), replayed on the driver in one transaction, without
 * zod, Drizzle or the presenter. Queries run one at a time (latency, not throughput), each
 * measured `BENCH_SEARCH_ROUNDS` times (default 3), the function and its bare SQL alternately.
 * Aim: p95 under 25 ms on PostgreSQL over the full registry.
 *
 *   npm run bench -- --only catalogue-search [--db postgres]                 3,000 fiches
 *   BENCH_RNCP_RECORDS=30000 BENCH_DATABASE_URL=postgres://… \
 *     npm run bench -- --only catalogue-search --db postgres                 full registry
 *
 * BENCH_SEARCH_DATABASE_URL  search this already imported database (e.g. filled by
 *                            `DATABASE_URL=… npm run import:rncp -- /tmp/rncp-full.xml`) instead of
 *                            importing into a fresh one: saves the import's minutes at full size.
 * BENCH_SEARCH_ROUNDS        measured passes over the 200 queries (default 3).
 */
export const name = 'catalogue-search';

interface Captured {
  query: string;
  params: unknown[];
}

interface Prepared {
  query: CatalogueQuery;
  input: TSearchCertificationsInput;
  statements: Captured[];
  total: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return { p50: round2(percentile(s, 50)), p95: round2(percentile(s, 95)), p99: round2(percentile(s, 99)), max: round2(s.at(-1) ?? 0), mean, n: s.length };
}

function asMeasure(samples: number[]): Measure & { p95: number; max: number } {
  const s = stats(samples);
  return { rps: s.mean > 0 ? Math.round(1000 / s.mean) : 0, p50: s.p50, p95: s.p95, p99: s.p99, max: s.max, requests: s.n, non2xx: 0, errors: 0 };
}

/** A Drizzle instance over the same connection that records every statement it sends. */
function capturingDatabase(database: Database, sink: Captured[]): Database {
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

/** The captured statements, sent straight to the driver in one transaction, as the function does. */
async function bare(database: Database, statements: Captured[]): Promise<void> {
  if (database.pool) {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      for (const s of statements) await client.query(s.query, s.params);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    return;
  }
  await database.pglite!.transaction(async (tx) => {
    for (const s of statements) await tx.query(s.query, s.params);
  });
}

async function resolveInput(database: Database, q: CatalogueQuery): Promise<TSearchCertificationsInput> {
  if (!q.code) return q.input;
  const rows = await database.query<{ code: string; number: number }>(
    // The search shows active fiches unless told otherwise: a code typed there is an active one.
    `SELECT code, number FROM certifications WHERE kind = $1 ${q.input.activeOnly === false ? '' : 'AND active AND deactivated_at IS NULL'} ORDER BY number`,
    [q.code.kind],
  );
  const row = rows[Math.floor(q.code.at * (rows.length - 1))];
  if (!row) throw new Error(`aucune fiche ${q.code.kind} importée`);
  return { ...q.input, q: q.code.text.replace('{code}', row.code).replace('{n}', String(row.number)) };
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const rounds = Math.max(1, Number(process.env.BENCH_SEARCH_ROUNDS ?? '3') || 3);
  const existing = process.env.BENCH_SEARCH_DATABASE_URL;
  const database = existing ? openPostgres(existing, 10) : await ctx.openDatabase();
  try {
    let records: number;
    if (existing) {
      const [row] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM certifications');
      records = row?.n ?? 0;
      ctx.log(`base existante (BENCH_SEARCH_DATABASE_URL) : ${records} fiches, rien n'est importé`);
    } else {
      const { file } = await benchExportFile((m) => ctx.log(m));
      const started = performance.now();
      const report = await importCertifications({ database, filePath: file, full: true });
      if (report.status !== 'completed') throw new Error(`import : ${report.error?.message}`);
      records = report.read;
      ctx.log(`import de ${report.read} fiches en ${((performance.now() - started) / 1000).toFixed(1)} s (${ctx.db})`);
    }
    // What autovacuum would do soon after a nightly import.
    await database.exec('ANALYZE');

    const prepared: Prepared[] = [];
    for (const query of CATALOGUE_QUERIES) {
      const input = await resolveInput(database, query);
      const statements: Captured[] = [];
      const result = await searchCertifications({ database: capturingDatabase(database, statements), query: input });
      if (statements.length === 0) throw new Error(`aucune requête SQL capturée pour ${JSON.stringify(input)}`);
      prepared.push({ query, input, statements, total: result.total });
    }
    const empty = prepared.filter((p) => p.total === 0);
    ctx.log(`${prepared.length} requêtes, ${empty.length} sans résultat${empty.length ? ` (${empty.map((p) => p.input.q ?? JSON.stringify(p.input)).join(' ; ')})` : ''}`);
    // Warm-up: one pass of each, so the measured rounds see warm caches and prepared plans.
    for (const p of prepared) {
      await searchCertifications({ database, query: p.input });
      await bare(database, p.statements);
    }

    const fn = new Map<QueryCategory | 'all', number[]>([['all', []]]);
    const raw = new Map<QueryCategory | 'all', number[]>([['all', []]]);
    const push = (m: Map<QueryCategory | 'all', number[]>, c: QueryCategory, v: number) => {
      m.get('all')!.push(v);
      if (!m.has(c)) m.set(c, []);
      m.get(c)!.push(v);
    };
    const slowest: { ms: number; q: string }[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const p of prepared) {
        const timeFn = async () => {
          const t = performance.now();
          await searchCertifications({ database, query: p.input });
          const ms = performance.now() - t;
          push(fn, p.query.category, ms);
          slowest.push({ ms, q: JSON.stringify(p.input) });
        };
        const timeBare = async () => {
          const t = performance.now();
          await bare(database, p.statements);
          push(raw, p.query.category, performance.now() - t);
        };
        // Alternate which goes first, so neither always meets the other's warm cache.
        if (r % 2 === 0) {
          await timeFn();
          await timeBare();
        } else {
          await timeBare();
          await timeFn();
        }
      }
    }
    slowest.sort((a, b) => b.ms - a.ms);
    ctx.log(`plus lentes : ${slowest.slice(0, 5).map((s) => `${s.ms.toFixed(1)} ms ${s.q}`).join(' | ')}`);

    const rows: BenchRow[] = [];
    for (const [category, samples] of fn) {
      const baseline = asMeasure(raw.get(category) ?? []);
      const m = asMeasure(samples);
      const label = category === 'all' ? `searchCertifications, ${prepared.length} requêtes × ${rounds}` : `  dont ${category}`;
      const extra = { p95: m.p95, max: m.max, bareP95: baseline.p95, ratioP95: baseline.p95 > 0 ? round2(m.p95 / baseline.p95) : null, records };
      ctx.log(`${label} : p50 ${m.p50} ms, p95 ${m.p95} ms, p99 ${m.p99} ms ; SQL nu p50 ${baseline.p50} ms, p95 ${baseline.p95} ms (×${extra.ratioP95 ?? '?'} en p95)`);
      const row: BenchRow & typeof extra = { name: `${label} (p95 ${m.p95} ms, SQL nu ${baseline.p95} ms)`, ...m, baseline, ...extra };
      rows.push(row);
    }
    return rows;
  } finally {
    await database.close();
  }
}
