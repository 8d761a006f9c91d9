import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredRoute } from '../app';
import { buildApp } from '../app';
import { loadEnv } from '../lib/env';
import { createLogger } from '../lib/logger';
import { buildUser } from '../test/factories';
import { createTestContext, loginAs, type TestContext } from '../test/test-app';

let ctx: TestContext;
let routes: RegisteredRoute[];
let openapi: { openapi: string; paths: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  ctx = await createTestContext();
  routes = ctx.app.routeTable.filter((r) => r.url.startsWith('/api') && r.method !== 'HEAD');
  openapi = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(async () => ctx.close());

describe('route policies (deny by default)', () => {
  it('every /api route declares a policy', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((r) => !r.policy).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('a route registered without a policy is refused, even to a platform admin', async () => {
    const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const app = await buildApp({ database: ctx.database, env, clock: ctx.clock, logger: createLogger(env), mailer: null });
    app.get('/api/unguarded', async () => ({ secret: true }));
    await app.ready();
    const admin = await buildUser(ctx.database, { isPlatformAdmin: true });
    const session = await loginAs(app, admin.email);
    for (const headers of [{}, session.headers]) {
      const res = await app.inject({ method: 'GET', url: '/api/unguarded', headers });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    await app.close();
  });

  it('only the documented public routes are public', () => {
    const publicRoutes = routes.filter((r) => r.policy?.kind === 'public' && !r.url.startsWith('/api/docs')).map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual(
      [
        'GET /api/health',
        'GET /api/ready',
        'GET /api/openapi.json',
        'GET /api/territories',
        'GET /api/certifications',
        'GET /api/certifications/:code',
        'GET /api/certifications/certificateurs',
        'POST /api/auth/login',
        'POST /api/auth/magic-link/request',
        'POST /api/auth/magic-link/consume',
        'POST /api/auth/password-reset/request',
        'POST /api/auth/password-reset/confirm',
        'GET /api/referral-links/:token',
        'POST /api/referral-links/:token',
        'GET /api/satisfaction-links/:token',
        'POST /api/satisfaction-links/:token',
      ].sort(),
    );
  });

  it('the OpenAPI document is valid OpenAPI 3.1 and lists every route', async () => {
    expect(openapi.openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(openapi);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const documented = new Set(Object.entries(openapi.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)));
    const expected = routes.filter((r) => !r.url.startsWith('/api/docs') && !r.hiddenFromDocs).map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.filter((e) => !documented.has(e))).toEqual([]);
  });

  it('serves the browsable documentation', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/swagger/i);
  });
});
