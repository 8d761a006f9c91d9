import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories';
import { createTestContext, loginAs, type Session, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let admin: Session;
let referent: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await loginAs(ctx.app, (await buildUser(ctx.database, { isPlatformAdmin: true })).email);
  referent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ role: 'referent' }] })).email);
});
afterAll(async () => ctx.close());

describe('territories', () => {
  it('ships the 18 régions and 101 départements of the official geographic code', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/territories' });
    const body = res.json<{ regions: { code: string }[]; departements: { code: string; name: string; regionCode: string }[] }>();
    expect(body.regions).toHaveLength(18);
    expect(body.departements).toHaveLength(101);
    expect(body.departements.find((d) => d.code === '2A')).toMatchObject({ name: 'Corse-du-Sud', regionCode: '94' });
    expect(body.departements.find((d) => d.code === '976')).toMatchObject({ name: 'Mayotte', regionCode: '06' });
    expect(body.departements.filter((d) => d.regionCode === '28').map((d) => d.code).sort()).toEqual(['14', '27', '50', '61', '76']);
  });

  it('custom zones: 401, 400, 403, 201 then listed', async () => {
    const payload = { name: 'ZTEF Caen-Bayeux', kind: 'ztef', departementCodes: ['14'] };
    expect((await ctx.app.inject({ method: 'POST', url: '/api/admin/zones', payload })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/admin/zones', headers: admin.headers, payload: { ...payload, departementCodes: [] } })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/admin/zones', headers: admin.headers, payload: { ...payload, departementCodes: ['00'] } })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/admin/zones', headers: referent.headers, payload })).statusCode).toBe(403);
    const created = await ctx.app.inject({ method: 'POST', url: '/api/admin/zones', headers: admin.headers, payload });
    expect(created.statusCode).toBe(201);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/zones', headers: referent.headers });
    expect(list.json().items).toEqual([expect.objectContaining({ name: 'ZTEF Caen-Bayeux', kind: 'ztef', departementCodes: ['14'] })]);
  });
});
