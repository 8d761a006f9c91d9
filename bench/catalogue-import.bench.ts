import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openPglite, openPostgres } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import type { ImportReport } from '../server/modules/certifications/features/import-certifications';
import { contentHash } from '../server/modules/certifications/import/finish-record';
import { readExport } from '../server/modules/certifications/import/read-export';
import { processPeakRssMb } from '../server/lib/peak-rss';
import { buildServer, serverBuildIsStale } from '../scripts/build-server.mjs';
import type { RncpXmlSummary } from './generators/rncp-xml';
import type { BenchContext, BenchRow, Measure } from './lib/types';

/**
 * Import of a France Compétences XML export beside the time to merely stream-parse the same file:
 * the ratio import ÷ parse is the figure (aim: within 3×), with the peak memory of the process
 * (aim: under 400 MB). Each measurement runs in its own process and reports that process's peak:
 * the parse in a child of this bench, the import as `npm run import:rncp` itself (compiled, with the
 * command's flags, `--json`), then once more on the same file for the re-import.
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

const ROOT = path.resolve(path.dirname(SELF), '..');

/**
 * The command `npm run import:rncp` runs after its build step (`node <flags> <compiled entry>`),
 * read from package.json, so the bench measures the command itself and the two cannot drift apart.
 */
function importCommand(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts['import:rncp'] ?? '').split('&&').at(-1)?.trim().split(/\s+/) ?? [];
  const entry = words.findIndex((w) => w.endsWith('.mjs'));
  if (words[0] !== 'node' || entry < 0) throw new Error('package.json : le script import:rncp ne finit plus par « node … <entrée>.mjs »');
  return [...words.slice(1, entry), path.join(ROOT, words[entry] ?? '')];
}
const MB = 1024 * 1024;

type Mode = 'parse' | 'parse-hash' | 'import';
type ParseMode = Exclude<Mode, 'import'>;

/** What one measured process reported: a parse child (its last stdout line), or the import command (--json). */
interface ChildResult {
  mode: Mode;
  db: 'pglite' | 'postgres' | null;
  records: number;
  /** Blocs read (parse); the import command does not count them. */
  blocs: number | null;
  rejected: number;
  durationMs: number;
  /** Kernel's high-water mark of the process's resident set (processPeakRssMb), from its start to its end. */
  maxRssMb: number;
  /** Highest RSS / V8 heap sampled every 50 ms during the parse only, and RSS before it (parse children). */
  peakRssMb: number | null;
  peakHeapMb: number | null;
  startRssMb: number | null;
  status: string;
  /** The same command run again on the same file: every record unchanged; maxRssMb is that process's peak. */
  reimport?: { durationMs: number; unchanged: number; maxRssMb: number };
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

async function childMain(mode: ParseMode, file: string): Promise<ChildResult> {
  const today = new Date().toISOString().slice(0, 10);
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
  return { mode, db: null, records, blocs, rejected, durationMs, maxRssMb: processPeakRssMb(), ...peak, startRssMb: s.startRssMb, status: 'completed' };
}

/** Runs a Node process to its end; resolves with the last line it printed on stdout, as JSON. */
function lastJsonLine<T>(args: string[], env: NodeJS.ProcessEnv, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`${what} : le processus fils a échoué (code ${code}) ${err.slice(-2000)}`));
      else resolve(JSON.parse(last) as T);
    });
  });
}

/** The parse alone in a fresh Node process (tsx loader), with V8's defaults: its fastest, so the ratio's baseline is not slowed. */
async function runParse(mode: ParseMode, file: string, log: (m: string) => void): Promise<ChildResult> {
  const r = await lastJsonLine<ChildResult>(['--max-old-space-size=256', '--import', 'tsx', SELF, '--child', mode, '--file', file], process.env, mode);
  log(
    `${mode} : ${r.records} fiches, ${r.blocs} blocs en ${(r.durationMs / 1000).toFixed(1)} s, ` +
      `RSS max ${r.peakRssMb?.toFixed(0)} Mo (départ ${r.startRssMb?.toFixed(0)}, pic du processus ${r.maxRssMb.toFixed(0)}), tas max ${r.peakHeapMb?.toFixed(0)} Mo`,
  );
  return r;
}

/**
 * `npm run import:rncp` itself, compiled as the command runs it, on a migrated database (target),
 * then again on the same file in a second process, as someone re-running the command would.
 */
async function runImport(file: string, db: 'pglite' | 'postgres', target: Target, log: (m: string) => void): Promise<ChildResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : { DATA_DIR: target.dataDir }) };
  if (!target.databaseUrl) delete env.DATABASE_URL;
  const command = [...importCommand(), '--json', file];
  type Reported = ImportReport & { peakRssMb: number };
  const first = await lastJsonLine<Reported>(command, env, `import ${db}`);
  const again = process.env.BENCH_IMPORT_REIMPORT === '0' ? null : await lastJsonLine<Reported>(command, env, `réimport ${db}`);
  const r: ChildResult = {
    mode: 'import', db, records: first.read, blocs: null, rejected: first.rejected.length, durationMs: first.durationMs,
    maxRssMb: first.peakRssMb, peakRssMb: null, peakHeapMb: null, startRssMb: null,
    status: first.error ? `${first.status}: ${first.error.message}` : first.status,
    ...(again ? { reimport: { durationMs: again.durationMs, unchanged: again.unchanged, maxRssMb: again.peakRssMb } } : {}),
  };
  log(
    `import ${db} : ${r.records} fiches en ${(r.durationMs / 1000).toFixed(1)} s, pic du processus ${r.maxRssMb.toFixed(0)} Mo` +
      (r.reimport ? ` ; réimport ${(r.reimport.durationMs / 1000).toFixed(1)} s (${r.reimport.unchanged} inchangées, pic ${r.reimport.maxRssMb.toFixed(0)} Mo)` : '') +
      (r.status === 'completed' ? '' : ` ; ${r.status}`),
  );
  return r;
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
  // The highest of what the runs reported (the import command reports only its process's peak).
  const highest = (pick: (r: ChildResult) => number | null | undefined) => {
    const values = runs.map(pick).filter((v): v is number => typeof v === 'number');
    return values.length ? Math.round(Math.max(...values)) : null;
  };
  const maxRssMb = highest((r) => r.maxRssMb) ?? 0;
  const peakHeapMb = highest((r) => r.peakHeapMb);
  const extra = {
    fileMb,
    durationsMs: runs.map((r) => Math.round(r.durationMs)),
    blocs: runs[0]?.blocs ?? null,
    peakRssMb: highest((r) => r.peakRssMb),
    maxRssMb,
    startRssMb: highest((r) => r.startRssMb),
    peakHeapMb,
    ratioToParse: baseline && baseline.p50 > 0 ? Math.round((m.p50 / baseline.p50) * 100) / 100 : null,
    reimportMs: runs[0]?.reimport ? runs.map((r) => Math.round(r.reimport?.durationMs ?? 0)) : undefined,
    reimportMaxRssMb: highest((r) => r.reimport?.maxRssMb),
  };
  // Extra fields are kept in the JSON results; the table shows name, rps (fiches/s) and p50 (ms).
  const result: BenchRow & typeof extra = { name: `${label} — pic RSS ${maxRssMb} Mo${peakHeapMb === null ? '' : `, tas max ${peakHeapMb} Mo`}`, ...m, baseline, ...extra };
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

  const times = async (measure: () => Promise<ChildResult>) => {
    const runs: ChildResult[] = [];
    for (let i = 0; i < repeat; i++) runs.push(await measure());
    return runs;
  };
  const log = (m: string) => ctx.log(m);
  if (dbs.length > 0 && serverBuildIsStale()) await buildServer();
  const parse = await times(() => runParse('parse', file, log));
  const baseline = asMeasure(parse);
  const rows: BenchRow[] = [row('lecture seule (saxes + mapping)', parse, null, fileMb)];
  rows.push(row('lecture + hash SHA-256', await times(() => runParse('parse-hash', file, log)), baseline, fileMb));
  for (const db of dbs) {
    const runs = await times(() => withPreparedDatabase(db, (target) => runImport(file, db, target, log)));
    rows.push(row(`import ${db === 'pglite' ? 'PGlite (fichier)' : 'PostgreSQL'}`, runs, baseline, fileMb));
  }
  return rows;
}

async function cli(): Promise<void> {
  const { values } = parseArgs({ options: { child: { type: 'string' }, file: { type: 'string' } } });
  const mode = values.child as ParseMode;
  if (!['parse', 'parse-hash'].includes(mode) || !values.file) throw new Error('usage: --child parse|parse-hash --file f.xml');
  const result = await childMain(mode, values.file);
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === SELF && process.argv.includes('--child')) {
  cli().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
