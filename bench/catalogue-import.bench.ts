import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase, openPglite, openPostgres, type Database } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { importCertifications } from '../server/modules/certifications/features/import-certifications';
import { contentHash } from '../server/modules/certifications/import/finish-record';
import { readExport } from '../server/modules/certifications/import/read-export';
import type { RncpXmlSummary } from './generators/rncp-xml';
import { processPeakRssMb, resetPeakRss } from './lib/peak-rss';
import type { BenchContext, BenchRow, Measure } from './lib/types';

/**
 * Import of a France Compétences XML export beside the time to merely stream-parse the same file:
 * the ratio import ÷ parse is the figure (aim: within 3×), with the peak memory of the process
 * (aim: under 400 MB). Each measurement runs in its own child process, which reports its own peak RSS.
 *
 *   npm run bench -- --only catalogue-import                        3,000 fiches (default, ~50 MB)
 *   BENCH_RNCP_RECORDS=30000 BENCH_DATABASE_URL=postgres://… \
 *     npm run bench -- --only catalogue-import                      full size (~510 MB, many minutes)
 *
 * BENCH_RNCP_RECORDS   fiches in the generated file (default 3000; the registry has ~30,000)
 * BENCH_RNCP_FILE      import this file instead of a generated one (e.g. the real export)
 * BENCH_IMPORT_DBS     comma list among pglite,postgres (default: pglite, plus postgres when
 *                      BENCH_DATABASE_URL is set)
 * BENCH_IMPORT_REPEAT  how many times each measurement runs (default 1); rows give the median
 *
 * The generated file is cached in the temp directory (jalon-bench-rncp-<records>-v<generator>.xml)
 * and reused.
 */
export const name = 'catalogue-import';

const SELF = fileURLToPath(import.meta.url);

/**
 * The Node flags of `npm run import:rncp`, read from package.json (the flags before `--import`),
 * so the measured import runs as the command does and the two cannot drift apart.
 */
function importCommandFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(path.dirname(SELF), '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts['import:rncp'] ?? '').split(/\s+/);
  const end = words.indexOf('--import');
  if (words[0] !== 'node' || end < 0) throw new Error('package.json : le script import:rncp ne commence plus par « node … --import »');
  return words.slice(1, end);
}
const MB = 1024 * 1024;

type Mode = 'parse' | 'parse-hash' | 'import';

/** What a child process measured, printed as its last stdout line. */
interface ChildResult {
  mode: Mode;
  db: 'pglite' | 'postgres' | null;
  records: number;
  blocs: number;
  rejected: number;
  durationMs: number;
  /** Kernel's high-water mark of this process's resident set (processPeakRssMb), from its start to the end of the import. */
  maxRssMb: number;
  /** Highest RSS / V8 heap sampled every 50 ms during the measured part only. */
  peakRssMb: number;
  peakHeapMb: number;
  /** RSS just before the measured part (PGlite's engine is already loaded by then). */
  startRssMb: number;
  status: string;
  /** Second import of the same file: every record unchanged. maxRssMb is its own peak when ownPeak. */
  reimport?: { durationMs: number; unchanged: number; peakRssMb: number; peakHeapMb: number; maxRssMb: number; ownPeak: boolean };
}

export function recordsFromEnv(): number {
  const raw = process.env.BENCH_RNCP_RECORDS;
  if (raw === undefined || raw === '') return 3_000;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_RNCP_RECORDS attend un entier positif, reçu « ${raw} »`);
  return n;
}

/** The export to use: BENCH_RNCP_FILE, or a generated file cached in the temp directory. */
export async function benchExportFile(log: (message: string) => void): Promise<{ file: string; summary: RncpXmlSummary | null }> {
  const given = process.env.BENCH_RNCP_FILE;
  if (given) return { file: given, summary: null };
  const records = recordsFromEnv();
  // Loaded here only: the measured child processes import this module too, and stay as light as the command.
  const { RNCP_XML_GENERATOR_VERSION, writeRncpXml } = await import('./generators/rncp-xml');
  const file = path.join(os.tmpdir(), `jalon-bench-rncp-${records}-v${RNCP_XML_GENERATOR_VERSION}.xml`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) {
    const summary = JSON.parse(readFileSync(meta, 'utf8')) as RncpXmlSummary;
    if (summary.bytes === statSync(file).size) return { file, summary };
  }
  log(`génération de ${records} fiches dans ${file}`);
  const summary = await writeRncpXml({ records, out: file, seed: '1' });
  writeFileSync(meta, JSON.stringify(summary));
  return { file, summary };
}

function sampler() {
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const timer = setInterval(sample, 50);
  return {
    startRssMb: startRss / MB,
    stop: () => {
      clearInterval(timer);
      sample();
      return { peakRssMb: peakRss / MB, peakHeapMb: peakHeap / MB };
    },
  };
}

async function childMain(mode: Mode, file: string, db: 'pglite' | 'postgres' | null, target?: Target): Promise<ChildResult> {
  const today = new Date().toISOString().slice(0, 10);
  if (mode !== 'import') {
    const s = sampler();
    const started = performance.now();
    let records = 0;
    let blocs = 0;
    let rejected = 0;
    let hashes = 0;
    for await (const event of readExport(file, { today })) {
      if (event.type !== 'item') continue;
      records++;
      if (!event.item.ok) {
        rejected++;
        continue;
      }
      blocs += event.item.record.blocs.length;
      if (mode === 'parse-hash') hashes += contentHash(event.item.record).length;
    }
    const durationMs = performance.now() - started;
    const peak = s.stop();
    if (mode === 'parse-hash' && hashes !== (records - rejected) * 64) throw new Error('hash manquant');
    return { mode, db, records, blocs, rejected, durationMs, maxRssMb: processPeakRssMb(), ...peak, startRssMb: s.startRssMb, status: 'completed' };
  }

  // The database exists and is migrated (withPreparedDatabase), as when `npm run import:rncp` runs
  // after `npm start` made it; it is opened the way the command opens it.
  const database: Database = await openDatabase({ databaseUrl: target?.databaseUrl, dataDir: target?.dataDir ?? '' });
  try {
    const s = sampler();
    const started = performance.now();
    const report = await importCertifications({ database, filePath: file, full: true });
    const durationMs = performance.now() - started;
    const peak = s.stop();
    const [counts] = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM certification_blocs`);
    const result: ChildResult = {
      mode, db, records: report.read, blocs: counts?.n ?? 0, rejected: report.rejected.length, durationMs,
      maxRssMb: 0, ...peak, startRssMb: s.startRssMb, status: report.error ? `${report.status}: ${report.error.message}` : report.status,
    };
    // The import's own high-water mark: a re-import in the same process (below) runs a second parse
    // worker after the first, which `npm run import:rncp` never does (one import per process).
    result.maxRssMb = processPeakRssMb();
    if (process.env.BENCH_IMPORT_REIMPORT !== '0') {
      const ownPeak = resetPeakRss();
      const again = sampler();
      const t = performance.now();
      const second = await importCertifications({ database, filePath: file, full: true });
      const reDuration = performance.now() - t;
      result.reimport = { durationMs: reDuration, unchanged: second.unchanged, ...again.stop(), maxRssMb: processPeakRssMb(), ownPeak };
    }
    return result;
  } finally {
    await database.close();
  }
}

/** Runs one measurement in a fresh Node process (tsx loader), returns what it printed. */
function runChild(mode: Mode, file: string, db: 'pglite' | 'postgres' | null, log: (m: string) => void, target?: Target): Promise<ChildResult> {
  // An import runs with the flags of `npm run import:rncp`, so its peak RSS is what the command costs.
  // The parse keeps V8's defaults, its fastest: the ratio's baseline is not slowed.
  const heap = mode === 'import' ? importCommandFlags() : ['--max-old-space-size=256'];
  const args = [...heap, '--import', 'tsx', SELF, '--child', mode, '--file', file, ...(db ? ['--db', db] : []), ...(target?.dataDir ? ['--data-dir', target.dataDir] : []), ...(target?.databaseUrl ? ['--database-url', target.databaseUrl] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) {
        reject(new Error(`${mode}${db ? ` ${db}` : ''} : le processus fils a échoué (code ${code}) ${err.slice(-2000)}`));
        return;
      }
      const r = JSON.parse(last) as ChildResult;
      log(
        `${mode}${db ? ` ${db}` : ''} : ${r.records} fiches, ${r.blocs} blocs en ${(r.durationMs / 1000).toFixed(1)} s, ` +
          `RSS max ${r.peakRssMb.toFixed(0)} Mo (départ ${r.startRssMb.toFixed(0)}, pic du processus ${r.maxRssMb.toFixed(0)}), tas max ${r.peakHeapMb.toFixed(0)} Mo` +
          (r.reimport
            ? ` ; réimport ${(r.reimport.durationMs / 1000).toFixed(1)} s (${r.reimport.unchanged} inchangées, pic ${r.reimport.ownPeak ? 'du réimport' : 'des deux'} ${r.reimport.maxRssMb.toFixed(0)} Mo)`
            : '') +
          (r.status === 'completed' ? '' : ` ; ${r.status}`),
      );
      resolve(r);
    });
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** A duration in the HTTP-shaped Measure: rps = fiches per second, p50 = p99 = duration in ms. */
function asMeasure(runs: ChildResult[]): Measure {
  const durationMs = Math.round(median(runs.map((r) => r.durationMs)));
  const records = runs[0]?.records ?? 0;
  return {
    rps: durationMs > 0 ? Math.round((records / durationMs) * 1000) : 0,
    p50: durationMs,
    p99: durationMs,
    requests: records,
    non2xx: runs.reduce((n, r) => n + r.rejected, 0),
    errors: runs.filter((r) => r.status !== 'completed').length,
  };
}

function row(label: string, runs: ChildResult[], baseline: Measure | null, fileMb: number): BenchRow {
  const m = asMeasure(runs);
  const peakRssMb = Math.round(Math.max(...runs.map((r) => r.peakRssMb)));
  const peakHeapMb = Math.round(Math.max(...runs.map((r) => r.peakHeapMb)));
  const maxRssMb = Math.round(Math.max(...runs.map((r) => r.maxRssMb)));
  const extra = {
    fileMb,
    durationsMs: runs.map((r) => Math.round(r.durationMs)),
    blocs: runs[0]?.blocs ?? 0,
    peakRssMb,
    maxRssMb,
    startRssMb: Math.round(Math.max(...runs.map((r) => r.startRssMb))),
    peakHeapMb,
    ratioToParse: baseline && baseline.p50 > 0 ? Math.round((m.p50 / baseline.p50) * 100) / 100 : null,
    reimportMs: runs[0]?.reimport ? runs.map((r) => Math.round(r.reimport?.durationMs ?? 0)) : undefined,
  };
  // Extra fields are kept in the JSON results; the table shows name, rps (fiches/s) and p50 (ms).
  const result: BenchRow & typeof extra = { name: `${label} — pic RSS ${maxRssMb} Mo, tas max ${peakHeapMb} Mo`, ...m, baseline, ...extra };
  return result;
}

/** Where the measured process finds its database: a PGlite data directory (DATA_DIR) or a server URL. */
interface Target {
  dataDir?: string;
  databaseUrl?: string;
}

/**
 * A migrated database made here, so the measured process opens an existing database as the command
 * does: a PGlite directory, or a throwaway database on the server. The child's peak is its own
 * (processPeakRssMb), whatever this process reached, not the one getrusage would inherit.
 */
async function withPreparedDatabase<T>(db: 'pglite' | 'postgres', use: (target: Target) => Promise<T>): Promise<T> {
  if (db === 'postgres') {
    const serverUrl = process.env.BENCH_DATABASE_URL;
    if (!serverUrl) throw new Error('BENCH_IMPORT_DBS=postgres demande BENCH_DATABASE_URL');
    const { createThrowawayDatabase } = await import('./lib/bench-database');
    const throwaway = await createThrowawayDatabase(serverUrl);
    try {
      const database = openPostgres(throwaway.url, 2);
      await migrate(database).finally(() => database.close());
      return await use({ databaseUrl: throwaway.url });
    } finally {
      await throwaway.drop();
    }
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jalon-bench-pglite-'));
  try {
    const database = await openPglite(path.join(dir, 'pglite'));
    await migrate(database).finally(() => database.close());
    return await use({ dataDir: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const { file, summary } = await benchExportFile((m) => ctx.log(m));
  const fileMb = Math.round(statSync(file).size / 1e6);
  const repeat = Math.max(1, Number(process.env.BENCH_IMPORT_REPEAT ?? '1') || 1);
  const dbs = (process.env.BENCH_IMPORT_DBS ?? (process.env.BENCH_DATABASE_URL ? 'pglite,postgres' : 'pglite'))
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is 'pglite' | 'postgres' => s === 'pglite' || s === 'postgres');
  if (dbs.includes('postgres') && !process.env.BENCH_DATABASE_URL) throw new Error('BENCH_IMPORT_DBS=postgres demande BENCH_DATABASE_URL');
  ctx.log(`${path.basename(file)} : ${fileMb} Mo${summary ? `, ${summary.records} fiches (${summary.rncp} RNCP, ${summary.rs} RS), ${summary.blocs} blocs` : ''} ; ${repeat} passage(s)`);

  const times = async (mode: Mode, db: 'pglite' | 'postgres' | null) => {
    const runs: ChildResult[] = [];
    for (let i = 0; i < repeat; i++) {
      if (mode === 'import' && db) runs.push(await withPreparedDatabase(db, (target) => runChild(mode, file, db, (m) => ctx.log(m), target)));
      else runs.push(await runChild(mode, file, db, (m) => ctx.log(m)));
    }
    return runs;
  };
  const parse = await times('parse', null);
  const baseline = asMeasure(parse);
  const rows: BenchRow[] = [row('lecture seule (saxes + mapping)', parse, null, fileMb)];
  rows.push(row('lecture + hash SHA-256', await times('parse-hash', null), baseline, fileMb));
  for (const db of dbs) {
    rows.push(row(`import ${db === 'pglite' ? 'PGlite (fichier)' : 'PostgreSQL'}`, await times('import', db), baseline, fileMb));
  }
  return rows;
}

async function cli(): Promise<void> {
  const { values } = parseArgs({
    options: { child: { type: 'string' }, file: { type: 'string' }, db: { type: 'string' }, 'data-dir': { type: 'string' }, 'database-url': { type: 'string' } },
  });
  const mode = values.child as Mode;
  if (!['parse', 'parse-hash', 'import'].includes(mode) || !values.file) {
    throw new Error('usage: --child parse|parse-hash|import --file f.xml [--db pglite --data-dir dir | --db postgres --database-url url]');
  }
  const db = values.db === 'pglite' || values.db === 'postgres' ? values.db : null;
  if (mode === 'import' && !db) throw new Error('--db pglite|postgres requis pour import');
  if (mode === 'import' && db === 'pglite' && !values['data-dir']) throw new Error('--data-dir requis pour import --db pglite (un DATA_DIR dont pglite/ est migré)');
  if (mode === 'import' && db === 'postgres' && !values['database-url']) throw new Error('--database-url requis pour import --db postgres (une base migrée)');
  const result = await childMain(mode, values.file, db, { dataDir: values['data-dir'], databaseUrl: values['database-url'] });
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === SELF && process.argv.includes('--child')) {
  cli().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
