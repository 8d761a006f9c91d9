import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRncpXml } from '../bench/generators/rncp-xml';
import { PARSE_IN_WORKER_FROM } from '../server/modules/certifications/features/import-certifications';
import { buildServer } from './build-server.mjs';

const root = path.resolve(import.meta.dirname, '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a process that uses PGlite under dataDir, whatever database the tests use. */
function embedded(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'info', ...extra };
  delete env.DATABASE_URL;
  return env;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts the compiled server on a free port; resolves with its address once it listens. */
function startServer(entry: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const listening = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const address = /"address":"(http:\/\/[^"]+)"/.exec(out)?.[1];
      if (address) resolve(address);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out.slice(-2000)}`)));
  });
  return { child, listening };
}

// The compiled entries must find what they read beside their sources (migrations, seeds,
// nomenclatures) and start the compiled parse worker: only running them shows it.
describe('the compiled server (scripts/build-server.mjs)', () => {
  let work: string;
  let outdir: string;
  let exportFile: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'jalon-build-'));
    // Inside the checkout, so the bundles find node_modules as dist/server does.
    outdir = path.join(root, 'dist', `test-build-${process.pid}`);
    await buildServer(outdir);
    exportFile = path.join(work, 'export.xml');
    // Large enough for the import to parse in its worker thread.
    await writeRncpXml({ records: Math.ceil(PARSE_IN_WORKER_FROM / 12_000), out: exportFile, seed: 'build' });
    expect((await stat(exportFile)).size).toBeGreaterThanOrEqual(PARSE_IN_WORKER_FROM);
  });

  afterAll(async () => {
    await rm(outdir, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  it('starts the compiled parse worker, not its TypeScript source', async () => {
    const bundles = (await readdir(outdir)).filter((f) => f.endsWith('.mjs'));
    const texts = await Promise.all(bundles.map((f) => readFile(path.join(outdir, f), 'utf8')));
    const references = texts.flatMap((t) => t.match(/new URL\("[^"]*parse-worker[^"]*", [^)]*\)/g) ?? []);
    expect(references).toEqual(['new URL("./parse-worker.mjs", import.meta.url)']);
    expect(bundles).toContain('parse-worker.mjs');
    expect(texts.join('\n')).not.toContain('tsx/esm/api');
  });

  it('imports an export with the compiled command, then serves it from the compiled server', async () => {
    const dataDir = path.join(work, 'data');
    const imported = await run([path.join(outdir, 'import-rncp.mjs'), '--json', exportFile], embedded(dataDir));
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout.trim().split('\n').at(-1) ?? '{}') as { status: string; read: number; created: number; peakRssMb: number };
    expect(report.status).toBe('completed');
    expect(report.read).toBeGreaterThan(300);
    expect(report.created).toBe(report.read);
    expect(report.peakRssMb).toBeGreaterThan(0);
    const firstCode = /<NUMERO_FICHE>(?:<!\[CDATA\[)?(R[A-Z]+\d+)/.exec(await readFile(exportFile, 'utf8'))?.[1];

    const server = startServer(path.join(outdir, 'main.mjs'), embedded(dataDir, { PORT: '0', HOST: '127.0.0.1' }));
    try {
      const address = await server.listening;
      // A seed certification (read from server/reference beside the sources) and the catalogue.
      const seed = await fetch(`${address}/api/certifications/RNCP37274`);
      expect(seed.status).toBe(200);
      const body = (await seed.json()) as { code: string; blocs: unknown[] };
      expect(body.code).toBe('RNCP37274');
      expect(body.blocs).toHaveLength(3);
      // A certification the compiled command imported.
      const imported = await fetch(`${address}/api/certifications/${firstCode}`);
      expect(imported.status).toBe(200);
      expect(((await imported.json()) as { code: string }).code).toBe(firstCode);
    } finally {
      server.child.kill('SIGTERM');
      await new Promise((resolve) => server.child.once('exit', resolve));
    }
  }, 180_000);
});
