import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openDatabase } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { loadEnv } from '../server/lib/env';
import { loadTerritories } from '../server/modules/territories/load-territories';
import { SCALE_PASSWORD, ScaleSeedError, seedScale } from './generators/seed';

/**
 * npm run seed:scale -- --candidates N --organisations M [--structures S] [--professionals P] [--pathways K] [--seed S]
 *                       [--db pglite|postgres] [--data-dir dir]
 *
 * Fills the database the server would use (DATABASE_URL for postgres, PGlite under --data-dir or
 * DATA_DIR otherwise) with deterministic volume data. Stop the server first in PGlite mode.
 */

function count(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new ScaleSeedError(`--${option} attend un entier positif ou nul, reçu « ${value} »`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      candidates: { type: 'string' },
      organisations: { type: 'string' },
      structures: { type: 'string' },
      professionals: { type: 'string' },
      pathways: { type: 'string' },
      seed: { type: 'string', default: '1' },
      db: { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  const env = loadEnv();
  const db = values.db ?? (env.DATABASE_URL ? 'postgres' : 'pglite');
  if (db !== 'pglite' && db !== 'postgres') throw new ScaleSeedError('--db attend pglite ou postgres');
  if (db === 'postgres' && !env.DATABASE_URL) throw new ScaleSeedError('--db postgres demande DATABASE_URL');
  const options = {
    candidates: count(values.candidates, 'candidates', 1000),
    organisations: count(values.organisations, 'organisations', 50),
    // Exactly this many counselling structures among the organisations (else drawn by weight).
    structures: values.structures === undefined ? undefined : count(values.structures, 'structures', 0),
    professionalsPerOrganisation: count(values.professionals, 'professionals', 4),
    // Candidate files, pathways, their history and juries: opt-in (0 keeps the accounts-only volume).
    pathways: count(values.pathways, 'pathways', 0),
    seed: values.seed,
  };

  const database = await openDatabase({
    databaseUrl: db === 'postgres' ? env.DATABASE_URL : undefined,
    dataDir: values['data-dir'] ?? env.DATA_DIR,
    poolMax: 2,
  });
  const started = performance.now();
  try {
    await migrate(database);
    await loadTerritories(database);
    // Bars only on a terminal; a CI log gets one line per generator.
    const bars = process.stdout.isTTY
      ? new cliProgress.MultiBar({ format: '  {name} [{bar}] {value}/{total}', hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
    const active = new Map<string, cliProgress.SingleBar>();
    const lines: string[] = [];
    await seedScale(database, options, {
      onStart: (name, planned) => {
        const bar = bars?.create(planned, 0, { name: name.padEnd(14) });
        if (bar) active.set(name, bar);
      },
      onProgress: (name, rows) => active.get(name)?.update(rows),
      onDone: (name, rows, ms) => {
        active.get(name)?.setTotal(rows);
        lines.push(`  ${name.padEnd(14)} ${String(rows).padStart(9)} lignes en ${(ms / 1000).toFixed(1)} s (${Math.round(rows / (ms / 1000))} lignes/s)`);
      },
    });
    bars?.stop();
    process.stdout.write(`Données de volume écrites (base ${database.kind}, graine « ${options.seed} ») :\n${lines.join('\n')}\n`);
    process.stdout.write(`Total ${((performance.now() - started) / 1000).toFixed(1)} s. Mot de passe des comptes générés : ${SCALE_PASSWORD}\n`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ScaleSeedError ? '' : 'seed:scale : '}${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
