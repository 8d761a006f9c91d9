import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openBenchDatabase } from './lib/bench-database';
import { formatTable, machine, writeResults, type BenchResult } from './lib/report';
import { isBenchModule, type BenchContext, type BenchDb, type BenchModule } from './lib/types';

/**
 * npm run bench [-- --only <name>] [--db pglite|postgres] [--duration <s>] [--connections <n>]
 *
 * Runs every bench/*.bench.ts module, prints a table and writes bench/results/<timestamp>.json.
 * --db postgres creates a throwaway database on the server named by BENCH_DATABASE_URL.
 */

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

async function loadModules(): Promise<BenchModule[]> {
  const files = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.ts')).sort();
  const modules: BenchModule[] = [];
  for (const f of files) {
    const mod: unknown = await import(pathToFileURL(path.join(BENCH_DIR, f)).href);
    if (!isBenchModule(mod)) throw new Error(`${f} must export \`name\` and \`run(ctx)\``);
    modules.push(mod);
  }
  return modules;
}

function positiveInt(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${option} attend un entier positif, reçu « ${value} »`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      db: { type: 'string', default: 'pglite' },
      duration: { type: 'string' },
      connections: { type: 'string' },
    },
  });
  if (values.db !== 'pglite' && values.db !== 'postgres') throw new Error('--db attend pglite ou postgres');
  const db: BenchDb = values.db;
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (db === 'postgres' && !serverUrl) throw new Error('--db postgres demande BENCH_DATABASE_URL');

  const all = await loadModules();
  const selected = values.only ? all.filter((m) => m.name === values.only) : all;
  if (selected.length === 0) throw new Error(`aucun bench « ${values.only} » ; disponibles : ${all.map((m) => m.name).join(', ')}`);

  const startedAt = new Date();
  const m = machine();
  process.stdout.write(`Jalon bench: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, base ${db}, charge ${m.loadAverage1m}\n`);
  if (m.loadAverage1m > m.cpus * 0.5) process.stdout.write('  Attention : la machine est déjà chargée, les chiffres seront bruités.\n');
  const results: BenchResult[] = [];
  for (const mod of selected) {
    const ctx: BenchContext = {
      db,
      load: { durationSeconds: positiveInt(values.duration, 'duration', 5), connections: positiveInt(values.connections, 'connections', 10) },
      openDatabase: () => openBenchDatabase(db, serverUrl),
      log: (message) => process.stdout.write(`  [${mod.name}] ${message}\n`),
    };
    results.push({ bench: mod.name, rows: await mod.run(ctx) });
  }
  const file = writeResults(path.join(BENCH_DIR, 'results'), startedAt, db, results);
  process.stdout.write(`\n${formatTable(results)}\n\nRésultats : ${path.relative(process.cwd(), file)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
