import type { App } from '../app';
import { buildApp } from '../app';
import type { Database } from '../db/client';
import { FixedClock } from '../lib/clock';
import { loadEnv, type TEnv } from '../lib/env';
import { createLogger } from '../lib/logger';
import type { Mailer } from '../modules/mailbox/mailer';
import { TEST_PASSWORD } from './factories';
import { createTestDatabase } from './test-database';

export interface TestContext {
  app: App;
  database: Database;
  clock: FixedClock;
  env: TEnv;
  close(): Promise<void>;
}

export async function createTestContext(opts: { env?: Record<string, string>; mailer?: Mailer | null; database?: Database } = {}): Promise<TestContext> {
  const database = opts.database ?? (await createTestDatabase());
  const clock = new FixedClock('2026-03-02T09:00:00Z');
  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://jalon.test', ...opts.env });
  const app = await buildApp({ database, env, clock, logger: createLogger(env), mailer: opts.mailer ?? null });
  await app.ready();
  return {
    app,
    database,
    clock,
    env,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Logs in through the real endpoint and returns what a browser would send next. */
export async function loginAs(app: App, email: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.statusCode} ${res.body}`);
  const session = res.cookies.find((c) => c.name === 'jalon_session');
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  if (!session) throw new Error('no session cookie');
  const cookie = `jalon_session=${session.value}`;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}
