import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { FixedClock } from './lib/clock';
import { loadEnv } from './lib/env';
import { createLogger } from './lib/logger';
import { policies } from './lib/policy';
import { createShutdown } from './lifecycle';
import { createTestDatabase } from './test/test-database';

describe('graceful shutdown', () => {
  it('finishes in-flight requests, answers 503 to new ones, then closes', async () => {
    const database = await createTestDatabase();
    const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const logger = createLogger(env);
    const app = await buildApp({ database, env, clock: new FixedClock(), logger, mailer: null });
    let entered!: () => void;
    const handlerEntered = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    app.get('/api/test/slow', { config: { policy: policies.public() } }, async () => {
      entered();
      await released;
      return { done: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    const inFlight = fetch(`${base}/api/test/slow`);
    await handlerEntered;
    const shutdown = createShutdown({ app, worker: null, mailer: null, database, logger });
    const closing = shutdown('SIGTERM');
    const late = await fetch(`${base}/api/health`).then((r) => r.status, () => 'refused');
    expect([503, 'refused']).toContain(late);
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
    expect(await closing).toBe(0);
  }, 180_000);

  it('the real process exits 0 on SIGTERM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jalon-shutdown-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info', SEED_DEMO: 'never', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const listening = new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = out.match(/Jalon listening on (http:\/\/[\d.:]+)/);
        if (m?.[1]) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const base = await listening;
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const sentAt = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - sentAt).toBeLessThan(10_000);
    rmSync(dir, { recursive: true, force: true });
    // A first start creates the embedded database (initdb, migrations, reference data): slow on a busy machine.
  }, 180_000);
});
