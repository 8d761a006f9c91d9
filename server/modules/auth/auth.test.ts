import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, emails } from '../../db/schema';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestContext, loginAs, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ env: { LOGIN_MAX_ATTEMPTS: '5' } });
});
afterAll(async () => ctx.close());

const me = (cookie: string) => ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

/** The link an email carries, read back from the outbox like a person reads their inbox. */
async function lastLinkSentTo(email: string): Promise<string> {
  const rows = await ctx.database.db.select().from(emails);
  const mine = rows.filter((r) => r.recipients.includes(email)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const token = mine[0]?.bodyText.match(/token=([\w%-]+)/)?.[1];
  if (!token) throw new Error(`no link sent to ${email}`);
  return decodeURIComponent(token);
}

describe('login', () => {
  it('opens a session with HttpOnly, Secure, SameSite cookies and returns the person', async () => {
    const user = await buildUser(ctx.database, { roles: [{ role: 'referent' }] });
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email: user.email, kind: 'professional', memberships: [{ role: 'referent' }] });
    const cookie = res.headers['set-cookie'];
    const session = (Array.isArray(cookie) ? cookie : [cookie]).find((c) => c?.startsWith('jalon_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/Secure/);
    expect(session).toMatch(/SameSite=Lax/);
  });

  it('answers the same way for an unknown email and a wrong password', async () => {
    const user = await buildUser(ctx.database);
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'Wrong-Password-123!' } });
    const unknown = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@exemple.test', password: 'Wrong-Password-123!' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a disabled account', async () => {
    const user = await buildUser(ctx.database, { disabled: true });
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(401);
  });

  it('rate-limits attempts per address and email, whether the account exists or not', async () => {
    for (const email of ['limited@exemple.test', (await buildUser(ctx.database)).email]) {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'Wrong-Password-123!' }, remoteAddress: '10.9.9.9' });
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(codes[5]).toBe(429);
    }
    const limited = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'limited@exemple.test', password: 'x' }, remoteAddress: '10.9.9.9' });
    expect(limited.json().error.code).toBe('RATE_LIMITED');
  });
});

describe('sessions', () => {
  it('expires after 30 idle minutes (injected clock)', async () => {
    const user = await buildUser(ctx.database);
    const s = await loginAs(ctx.app, user.email);
    ctx.clock.advanceMinutes(29);
    expect((await me(s.cookie)).statusCode).toBe(200);
    ctx.clock.advanceMinutes(29);
    expect((await me(s.cookie)).statusCode).toBe(200);
    ctx.clock.advanceMinutes(30);
    const expired = await me(s.cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('expires after 12 hours even when active', async () => {
    const user = await buildUser(ctx.database);
    const s = await loginAs(ctx.app, user.email);
    for (let i = 0; i < 24; i++) {
      ctx.clock.advanceMinutes(29);
      expect((await me(s.cookie)).statusCode).toBe(200);
    }
    ctx.clock.advanceMinutes(29);
    expect((await me(s.cookie)).statusCode).toBe(401);
  });

  it('ends on logout and cannot be reused', async () => {
    const user = await buildUser(ctx.database);
    const s = await loginAs(ctx.app, user.email);
    const out = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers });
    expect(out.statusCode).toBe(204);
    expect((await me(s.cookie)).statusCode).toBe(401);
  });

  it('ends when the account is disabled by an admin', async () => {
    const admin = await buildUser(ctx.database, { isPlatformAdmin: true });
    const user = await buildUser(ctx.database);
    const s = await loginAs(ctx.app, user.email);
    const a = await loginAs(ctx.app, admin.email);
    const res = await ctx.app.inject({ method: 'PATCH', url: `/api/admin/users/${user.id}`, headers: a.headers, payload: { disabled: true } });
    expect(res.statusCode).toBe(200);
    expect((await me(s.cookie)).statusCode).toBe(401);
  });

  it('requires the CSRF token on state-changing requests made with the cookie', async () => {
    const user = await buildUser(ctx.database);
    const s = await loginAs(ctx.app, user.email);
    const noToken = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF_FAILED');
    const badToken = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie, 'x-csrf-token': 'forged' } });
    expect(badToken.statusCode).toBe(403);
    expect((await me(s.cookie)).statusCode).toBe(200);
  });
});

describe('magic links', () => {
  it('logs a candidate in once, within 15 minutes', async () => {
    const candidate = await buildUser(ctx.database, { kind: 'candidate' });
    const req = await ctx.app.inject({ method: 'POST', url: '/api/auth/magic-link/request', payload: { email: candidate.email } });
    expect(req.statusCode).toBe(202);
    const token = await lastLinkSentTo(candidate.email);
    const first = await ctx.app.inject({ method: 'POST', url: '/api/auth/magic-link/consume', payload: { token } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ email: candidate.email, kind: 'candidate' });
    const again = await ctx.app.inject({ method: 'POST', url: '/api/auth/magic-link/consume', payload: { token } });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('TOKEN_INVALID');
  });

  it('refuses a link used after 15 minutes', async () => {
    const candidate = await buildUser(ctx.database, { kind: 'candidate' });
    await ctx.app.inject({ method: 'POST', url: '/api/auth/magic-link/request', payload: { email: candidate.email } });
    const token = await lastLinkSentTo(candidate.email);
    ctx.clock.advanceMinutes(15);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/magic-link/consume', payload: { token } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('TOKEN_INVALID');
  });

  it('answers 202 and sends nothing for unknown emails and professionals', async () => {
    const pro = await buildUser(ctx.database);
    const before = (await ctx.database.db.select().from(emails)).length;
    for (const email of ['ghost@exemple.test', pro.email]) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/magic-link/request', payload: { email } });
      expect(res.statusCode).toBe(202);
    }
    expect((await ctx.database.db.select().from(emails)).length).toBe(before);
  });
});

describe('password reset', () => {
  it('sets a new password that meets the rules, closes old sessions and works once', async () => {
    const user = await buildUser(ctx.database);
    const old = await loginAs(ctx.app, user.email);
    await ctx.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: user.email } });
    const token = await lastLinkSentTo(user.email);
    const weak = await ctx.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password: 'faible' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: 'WEAK_PASSWORD', details: { fields: { password: expect.stringMatching(/12 caractères/) } } });
    const ok = await ctx.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password: 'Nouveau-Mot2Passe!' } });
    expect(ok.statusCode).toBe(204);
    expect((await me(old.cookie)).statusCode).toBe(401);
    await loginAs(ctx.app, user.email, 'Nouveau-Mot2Passe!');
    const reuse = await ctx.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password: 'Autre-Mot2Passe!!' } });
    expect(reuse.statusCode).toBe(400);
    const events = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(events.map((e) => e.eventType)).toEqual(expect.arrayContaining(['auth.password_reset_requested', 'auth.password_changed']));
  });
});
