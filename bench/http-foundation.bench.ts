import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../server/app';
import { DEMO_PASSWORD } from '../server/db/seed-demo';
import { systemClock } from '../server/lib/clock';
import { loadEnv } from '../server/lib/env';
import { createLogger } from '../server/lib/logger';
import { measure } from './lib/http-load';
import type { BenchContext, BenchRow, Measure } from './lib/types';

/**
 * The cost of Jalon's HTTP foundation (hooks, policy, zod serialisation, session lookup) over a
 * bare Fastify route served by the same process on the same machine.
 */
export const name = 'http-foundation';

async function listen(app: FastifyInstance): Promise<string> {
  return app.listen({ host: '127.0.0.1', port: 0 });
}

/** Logs in through the real endpoint, as a browser would, and returns the cookie header to send. */
async function sessionCookie(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: HTTP ${res.status} ${await res.text()}`);
  const session = res.headers.getSetCookie().find((c) => c.startsWith('jalon_session='));
  if (!session) throw new Error(`login ${email}: no session cookie`);
  return session.split(';')[0] ?? '';
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ status: 'ok' }));
  const database = await ctx.openDatabase();
  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', COOKIE_SECURE: 'false', PUBLIC_URL: 'http://127.0.0.1' });
  const app = await buildApp({ database, env, clock: systemClock, logger: createLogger(env), mailer: null });
  try {
    const bareBase = await listen(bare);
    const base = await listen(app);
    const referent = await sessionCookie(base, 'referente.caen@jalon.test');
    const admin = await sessionCookie(base, 'admin@jalon.test');
    const targets: { name: string; url: string; cookie?: string }[] = [
      { name: 'GET /bare (Fastify nu)', url: `${bareBase}/bare` },
      { name: 'GET /api/health', url: `${base}/api/health` },
      { name: 'GET /api/auth/me (session)', url: `${base}/api/auth/me`, cookie: referent },
      { name: 'GET /api/admin/organisations (admin)', url: `${base}/api/admin/organisations`, cookie: admin },
    ];
    const rows: BenchRow[] = [];
    for (const t of targets) {
      ctx.log(t.name);
      // The baseline is measured right before each route: on a shared machine the background load
      // drifts within a minute, and a ratio is only fair between two measures taken under the same load.
      const baseline = rows.length === 0 ? null : await checked('GET /bare', measure({ url: `${bareBase}/bare`, ...ctx.load }));
      const m = await checked(t.name, measure({ url: t.url, headers: t.cookie ? { cookie: t.cookie } : {}, ...ctx.load }));
      rows.push({ name: t.name, ...m, baseline: baseline ?? m });
    }
    return rows;
  } finally {
    await bare.close();
    await app.close();
    await database.close();
  }
}

/** A 401 or 429 answers fast and would flatter the figures: such a run is an error, not a result. */
async function checked(name: string, pending: Promise<Measure>): Promise<Measure> {
  const m = await pending;
  if (m.non2xx > 0 || m.errors > 0) throw new Error(`${name}: ${m.non2xx} non-2xx responses, ${m.errors} errors`);
  return m;
}
