import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories';
import { createTestContext, loginAs, type Session, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let admin: Session;
let director: Session;
let orgId = '';
let userId = '';

beforeAll(async () => {
  ctx = await createTestContext();
  const a = await buildUser(ctx.database, { isPlatformAdmin: true });
  admin = await loginAs(ctx.app, a.email);
  const d = await buildUser(ctx.database, { roles: [{ role: 'director' }] });
  director = await loginAs(ctx.app, d.email);
  orgId = (await buildOrganisation(ctx.database)).id;
  userId = (await buildUser(ctx.database)).id;
});
afterAll(async () => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** For each admin endpoint: a valid call, and an invalid one that must get a 400. */
const endpoints: { method: Method; url: () => string; valid?: () => unknown; invalid: { url?: () => string; payload?: unknown } }[] = [
  { method: 'GET', url: () => '/api/admin/organisations?kind=commanditaire', invalid: { url: () => '/api/admin/organisations?kind=martien' } },
  { method: 'POST', url: () => '/api/admin/organisations', valid: () => ({ kind: 'partner', name: 'Mission locale de Caen', departementCodes: ['14'] }), invalid: { payload: { kind: 'partner', name: '' } } },
  { method: 'GET', url: () => `/api/admin/organisations/${orgId}`, invalid: { url: () => '/api/admin/organisations/pas-un-uuid' } },
  { method: 'PATCH', url: () => `/api/admin/organisations/${orgId}`, valid: () => ({ name: 'CIDFF du Calvados' }), invalid: { payload: { siret: '123' } } },
  { method: 'GET', url: () => '/api/admin/users?q=per', invalid: { url: () => '/api/admin/users?page=0' } },
  { method: 'POST', url: () => '/api/admin/users', valid: () => ({ email: `nouveau-${Date.now()}@exemple.test`, displayName: 'Nouvelle personne', kind: 'professional' }), invalid: { payload: { email: 'pas-une-adresse', displayName: 'X', kind: 'professional' } } },
  { method: 'GET', url: () => `/api/admin/users/${userId}`, invalid: { url: () => '/api/admin/users/42' } },
  { method: 'PATCH', url: () => `/api/admin/users/${userId}`, valid: () => ({ displayName: 'Nom modifié' }), invalid: { payload: { displayName: 'X', role: 'admin' } } },
  { method: 'POST', url: () => '/api/admin/memberships', valid: () => ({ userId, organisationId: orgId, role: 'referent' }), invalid: { payload: { userId, organisationId: orgId, role: 'chef' } } },
  { method: 'GET', url: () => '/api/admin/groupements', invalid: { url: () => '/api/admin/groupements?x=1' } },
  { method: 'GET', url: () => '/api/admin/audit', invalid: { url: () => '/api/admin/audit?eventType=invente' } },
  { method: 'GET', url: () => '/api/admin/mailbox', invalid: { url: () => '/api/admin/mailbox?pageSize=5000' } },
  { method: 'GET', url: () => '/api/admin/api-tokens', invalid: { url: () => '/api/admin/api-tokens?x=1' } },
  { method: 'POST', url: () => '/api/admin/api-tokens', valid: () => ({ organisationId: orgId, name: 'Export financeur', role: 'funder_analyst' }), invalid: { payload: { organisationId: orgId, name: 'X' } } },
];

describe.each(endpoints.map((e) => ({ ...e, name: `${e.method} ${e.url().replace(/[0-9a-f-]{36}/, ':id')}` })))('$name', (ep) => {
  it('401 without a session', async () => {
    const res = await ctx.app.inject({ method: ep.method, url: ep.url(), payload: ep.valid?.() as object });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
  it('403 for a professional who is not platform admin', async () => {
    const res = await ctx.app.inject({ method: ep.method, url: ep.url(), headers: director.headers, payload: ep.valid?.() as object });
    expect(res.statusCode).toBe(403);
  });
  it('400 with a stable code for bad input', async () => {
    const res = await ctx.app.inject({ method: ep.method, url: (ep.invalid.url ?? ep.url)(), headers: admin.headers, payload: ep.invalid.payload as object });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.message).toMatch(/valides/);
  });
  it('2xx for the platform admin', async () => {
    const res = await ctx.app.inject({ method: ep.method, url: ep.url(), headers: admin.headers, payload: ep.valid?.() as object });
    expect([200, 201]).toContain(res.statusCode);
  });
});

describe('admin rules', () => {
  it('creates an organisation with its départements and audits it', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/organisations', headers: admin.headers, payload: { kind: 'certificateur', name: 'DAVA de Rouen', departementCodes: ['76', '27', '76'] } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'certificateur', name: 'DAVA de Rouen', departementCodes: ['27', '76'], disabled: false });
    const audit = await ctx.app.inject({ method: 'GET', url: `/api/admin/audit?entityType=organisation&entityId=${res.json().id}`, headers: admin.headers });
    expect(audit.json().items[0]).toMatchObject({ eventType: 'organisation.created', entityId: res.json().id });
  });

  it('names unknown départements instead of failing on the foreign key', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/organisations', headers: admin.headers, payload: { kind: 'partner', name: 'X', departementCodes: ['99'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/99/);
  });

  it('refuses a second account with the same email in another case', async () => {
    const email = `double-${Date.now()}@exemple.test`;
    const first = await ctx.app.inject({ method: 'POST', url: '/api/admin/users', headers: admin.headers, payload: { email, displayName: 'Un', kind: 'candidate' } });
    expect(first.statusCode).toBe(201);
    const second = await ctx.app.inject({ method: 'POST', url: '/api/admin/users', headers: admin.headers, payload: { email: email.toUpperCase(), displayName: 'Deux', kind: 'candidate' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('EMAIL_TAKEN');
  });

  it('refuses a weak password for a new account', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/users', headers: admin.headers, payload: { email: 'faible@exemple.test', displayName: 'F', kind: 'professional', password: 'motdepasse' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('WEAK_PASSWORD');
  });

  it('adds and removes a membership; a duplicate is refused; a candidate cannot be a member', async () => {
    const u = await buildUser(ctx.database);
    const org = await buildOrganisation(ctx.database);
    const add = await ctx.app.inject({ method: 'POST', url: '/api/admin/memberships', headers: admin.headers, payload: { userId: u.id, organisationId: org.id, role: 'referent' } });
    expect(add.statusCode).toBe(201);
    const membershipId = add.json().memberships[0].id as string;
    const dup = await ctx.app.inject({ method: 'POST', url: '/api/admin/memberships', headers: admin.headers, payload: { userId: u.id, organisationId: org.id, role: 'referent' } });
    expect(dup.json().error.code).toBe('ALREADY_MEMBER');
    const candidate = await buildUser(ctx.database, { kind: 'candidate' });
    const cand = await ctx.app.inject({ method: 'POST', url: '/api/admin/memberships', headers: admin.headers, payload: { userId: candidate.id, organisationId: org.id, role: 'referent' } });
    expect(cand.statusCode).toBe(409);
    const del = await ctx.app.inject({ method: 'DELETE', url: `/api/admin/memberships/${membershipId}`, headers: admin.headers });
    expect(del.statusCode).toBe(204);
    const after = await ctx.app.inject({ method: 'GET', url: `/api/admin/users/${u.id}`, headers: admin.headers });
    expect(after.json().memberships).toEqual([]);
  });

  it('builds a groupement of counselling structures only', async () => {
    const region = await buildOrganisation(ctx.database, { kind: 'commanditaire' });
    const s1 = await buildOrganisation(ctx.database);
    const s2 = await buildOrganisation(ctx.database, { departementCodes: ['76'] });
    const ok = await ctx.app.inject({ method: 'POST', url: '/api/admin/groupements', headers: admin.headers, payload: { name: 'Groupement test', commanditaireId: region.id, memberIds: [s1.id, s2.id] } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().memberIds.sort()).toEqual([s1.id, s2.id].sort());
    const bad = await ctx.app.inject({ method: 'POST', url: '/api/admin/groupements', headers: admin.headers, payload: { name: 'Mauvais', memberIds: [region.id] } });
    expect(bad.statusCode).toBe(400);
  });

  it('API tokens act for their organisation only, and stop when revoked', async () => {
    const org = await buildOrganisation(ctx.database);
    const other = await buildOrganisation(ctx.database);
    const created = await ctx.app.inject({ method: 'POST', url: '/api/admin/api-tokens', headers: admin.headers, payload: { organisationId: org.id, name: 'Intégration', role: 'director' } });
    const { token, id } = created.json<{ token: string; id: string }>();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await ctx.app.inject({ method: 'GET', url: `/api/organisations/${org.id}/members`, headers: bearer })).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/organisations/${other.id}/members`, headers: bearer })).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/admin/users', headers: bearer })).statusCode).toBe(403);
    await ctx.app.inject({ method: 'DELETE', url: `/api/admin/api-tokens/${id}`, headers: admin.headers });
    expect((await ctx.app.inject({ method: 'GET', url: `/api/organisations/${org.id}/members`, headers: bearer })).statusCode).toBe(401);
  });
});

describe('organisations see only themselves', () => {
  it('a director reads their own structure and members, never another structure of the same kind', async () => {
    const mine = await buildOrganisation(ctx.database);
    const theirs = await buildOrganisation(ctx.database);
    const d = await buildUser(ctx.database, { roles: [{ organisationId: mine.id, role: 'director' }] });
    await buildUser(ctx.database, { roles: [{ organisationId: theirs.id, role: 'referent' }] });
    const s = await loginAs(ctx.app, d.email);
    const own = await ctx.app.inject({ method: 'GET', url: `/api/organisations/${mine.id}/members`, headers: s.headers });
    expect(own.statusCode).toBe(200);
    expect(own.json().items).toHaveLength(1);
    for (const url of [`/api/organisations/${theirs.id}`, `/api/organisations/${theirs.id}/members`]) {
      const res = await ctx.app.inject({ method: 'GET', url, headers: s.headers });
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain(theirs.name);
    }
  });

  it('a référent reads their structure but not its member list', async () => {
    const mine = await buildOrganisation(ctx.database);
    const r = await buildUser(ctx.database, { roles: [{ organisationId: mine.id, role: 'referent' }] });
    const s = await loginAs(ctx.app, r.email);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/organisations/${mine.id}`, headers: s.headers })).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/organisations/${mine.id}/members`, headers: s.headers })).statusCode).toBe(403);
  });

  it('a candidate reaches no organisation route', async () => {
    const org = await buildOrganisation(ctx.database);
    const c = await buildUser(ctx.database, { kind: 'candidate' });
    const s = await loginAs(ctx.app, c.email);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/organisations/${org.id}`, headers: s.headers })).statusCode).toBe(403);
  });
});
