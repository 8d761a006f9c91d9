/**
 * Starts the real Jalon server (`node --import tsx server/main.ts`) as a child process for the
 * browser tests, on a free port with a fresh data directory, and stops it with SIGTERM.
 *
 * With E2E_DATABASE_URL (a PostgreSQL server URL), the server runs on a new database created
 * on that server for this run, dropped afterwards; otherwise on PGlite in the temp directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_INDEX = path.join(ROOT, 'web/dist/index.html');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;
const MAX_LOG_CHARS = 200_000;

export interface RunningServer {
  baseUrl: string;
  /** Everything the server wrote on stdout and stderr so far. */
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code (null if killed by a signal). */
  stop: () => Promise<number | null>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      if (address === null || typeof address === 'string') {
        srv.close();
        reject(new Error('no port'));
        return;
      }
      srv.close(() => resolve(address.port));
    });
  });
}

async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `jalon_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve(child.exitCode);
      return;
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`le serveur ne s'est pas arrêté en ${timeoutMs / 1000} s après SIGTERM`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(`${path.relative(ROOT, WEB_INDEX)} est absent : construisez l'application web (npm run build) avant les tests navigateur.`);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jalon-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_URL: baseUrl,
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'warn',
    JOBS_POLL_MS: '200',
    SEED_DEMO: 'auto',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  let database: { url: string; drop: () => Promise<void> } | null = null;
  const serverUrl = process.env.E2E_DATABASE_URL;
  if (serverUrl) {
    database = await createDatabase(serverUrl);
    env.DATABASE_URL = database.url;
  }

  let log = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const append = (chunk: Buffer) => {
    log += chunk.toString('utf8');
    if (log.length > MAX_LOG_CHARS) log = log.slice(-MAX_LOG_CHARS);
    if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  const cleanup = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (database) await database.drop();
  };

  // Bounded wait for /api/ready; give up at once if the process dies.
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let ready = false;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const response = await fetch(`${baseUrl}/api/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        ready = true;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!ready) {
    const exited = child.exitCode !== null || child.signalCode !== null;
    if (!exited) {
      child.kill('SIGKILL');
      await waitForExit(child, STOP_TIMEOUT_MS).catch(() => null);
    }
    await cleanup();
    throw new Error(
      `le serveur n'a pas répondu sur ${baseUrl}/api/ready ${exited ? `(sorti avec le code ${child.exitCode ?? child.signalCode})` : `en ${READY_TIMEOUT_MS / 1000} s`}\n--- sortie du serveur ---\n${log}`,
    );
  }

  return {
    baseUrl,
    output: () => log,
    stop: async () => {
      child.kill('SIGTERM');
      try {
        return await waitForExit(child, STOP_TIMEOUT_MS);
      } finally {
        await cleanup();
      }
    },
  };
}
