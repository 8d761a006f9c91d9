import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../test/factories';
import { createTestContext, loginAs, type Session, type TestContext } from '../test/test-app';

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestContext({ env: { BODY_LIMIT_BYTES: '2048' } });
  admin = await loginAs(ctx.app, (await buildUser(ctx.database, { isPlatformAdmin: true })).email);
});
afterAll(async () => ctx.close());

function expectCleanError(res: { statusCode: number; body: string; json(): { error: { code: string; message: string } } }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  const body = res.json();
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
  expect(res.body).not.toMatch(/stack/i);
}

describe('bad input gets a clear 4xx, never a 500', () => {
  it('malformed JSON', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": "a@b.fr", ' });
    expectCleanError(res, 400, 'MALFORMED_JSON');
  });
  it('empty JSON body', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(res.statusCode).toBe(400);
  });
  it('wrong types, with the field named in French', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 42, password: true } });
    expectCleanError(res, 400, 'VALIDATION_FAILED');
    expect(Object.keys(res.json().error.details.fields)).toEqual(expect.arrayContaining(['email']));
  });
  it('a message the schema wrote in French reaches the user; zod’s own English ones are translated', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/certifications?nsf=abc&level=9' });
    expectCleanError(res, 400, 'VALIDATION_FAILED');
    const fields = res.json().error.details.fields as Record<string, string>;
    expect(fields.nsf).toBe('Code NSF attendu (ex. 332 ou 332t)');
    expect(Object.values(fields).join(' ')).not.toMatch(/Invalid|Too (big|small)|expected/);
  });
  it('unknown fields are rejected', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.fr', password: 'x', isAdmin: true } });
    expectCleanError(res, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(res.json().error.details)).toMatch(/isAdmin/);
  });
  it('oversized bodies', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/organisations', headers: admin.headers, payload: { kind: 'partner', name: 'x'.repeat(5000) } });
    expectCleanError(res, 413, 'PAYLOAD_TOO_LARGE');
  });
  it('unsupported content type', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expectCleanError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
  it('unknown API routes', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/nexiste/pas' });
    expectCleanError(res, 404, 'ROUTE_NOT_FOUND');
  });
  it('bad path parameters', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/admin/users/%E0%A4%A', headers: admin.headers });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });
  it('an unknown id is a 404, not a 500', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/admin/users/00000000-0000-4000-8000-000000000000', headers: admin.headers });
    expectCleanError(res, 404, 'NOT_FOUND');
  });
});

describe('response headers', () => {
  it('carry the security headers and no-store on the API', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
  it('add HSTS behind TLS', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});

describe('operations', () => {
  it('health answers ok and ready checks the database', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });
});
