import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENT, targetsFixture, type TargetsFixture } from './testing/fixture';
import { describeAccessMatrix, type MatrixEndpoint } from '../../test/access-matrix';

let f: TargetsFixture;
let agreementId = '';
let lineId = '';

beforeAll(async () => {
  f = await targetsFixture();
  const created = (await f.ctx.app.inject({ method: 'POST', url: '/api/target-agreements', headers: f.region.headers, payload: AGREEMENT(f) })).json();
  agreementId = created.id;
  lineId = created.lines[0].id;
});
afterAll(async () => f.ctx.close());

const endpoints: MatrixEndpoint[] = [
  { path: '/api/target-agreements', method: 'GET', url: () => `/api/target-agreements?organisationId=${f.regionId}&year=2026`, as: () => f.region, invalid: { url: () => `/api/target-agreements?organisationId=${f.regionId}&year=deux` }, stranger: () => f.otherRegion },
  { path: '/api/target-agreements', method: 'POST', url: () => '/api/target-agreements', as: () => f.region, valid: () => ({ ...AGREEMENT(f), title: `Avenant ${Math.random()}` }), invalid: { payload: { commanditaireId: '00000000-0000-4000-8000-000000000000', year: 2026, title: 'Convention', lines: [] } }, stranger: () => f.otherRegion, status: 201 },
  { path: '/api/target-parties', method: 'GET', url: () => `/api/target-parties?commanditaireId=${f.regionId}`, as: () => f.region, invalid: { url: () => '/api/target-parties?commanditaireId=1' }, stranger: () => f.otherRegion },
  { path: '/api/target-agreements/:id', method: 'GET', url: () => `/api/target-agreements/${agreementId}`, as: () => f.dirA, invalid: { url: () => '/api/target-agreements/1' }, stranger: () => f.otherRegion },
  { path: '/api/target-agreements/:id', method: 'PATCH', url: () => `/api/target-agreements/${agreementId}`, as: () => f.region, valid: () => ({ alertMarginPct: 15 }), invalid: { payload: { alertMarginPct: 150 } }, stranger: () => f.otherRegion },
  { path: '/api/target-lines/:id/months', method: 'PUT', url: () => `/api/target-lines/${lineId}/months`, as: () => f.refA, valid: () => ({ months: [0, 10, 10, 12, 12, 12, 6, 6, 12, 14, 14, 12] }), invalid: { payload: { months: [10, 10] } }, stranger: () => f.refC },
  { path: '/api/target-lines/:id/shares', method: 'PUT', url: () => `/api/target-lines/${lineId}/shares`, as: () => f.dirA, valid: () => ({ shares: [{ organisationId: f.structureA, quantity: 80 }, { organisationId: f.structureB, quantity: 40 }] }), invalid: { payload: { shares: [{ organisationId: 'pas-un-id', quantity: -1 }] } }, stranger: () => f.dirC },
];

describeAccessMatrix(() => f.ctx.app, endpoints);

describe('who does what', () => {
  it('a structure’s director cannot write the commanditaire’s agreement, a référent cannot split', async () => {
    const write = await f.ctx.app.inject({ method: 'PATCH', url: `/api/target-agreements/${agreementId}`, headers: f.dirA.headers, payload: { title: 'Par la structure' } });
    expect(write.statusCode).toBe(403);
    const split = await f.ctx.app.inject({ method: 'PUT', url: `/api/target-lines/${lineId}/shares`, headers: f.refA.headers, payload: { shares: [{ organisationId: f.structureA, quantity: 120 }] } });
    expect(split.statusCode).toBe(403);
  });
  it('the groupement’s structures list the agreement, a structure outside does not see it', async () => {
    const mine = await f.ctx.app.inject({ method: 'GET', url: `/api/target-agreements?organisationId=${f.structureB}`, headers: f.dirB.headers });
    expect(mine.json().items.map((a: { id: string }) => a.id)).toContain(agreementId);
    const outside = await f.ctx.app.inject({ method: 'GET', url: `/api/target-agreements?organisationId=${f.structureC}`, headers: f.dirC.headers });
    expect(outside.json().items).toEqual([]);
    const read = await f.ctx.app.inject({ method: 'GET', url: `/api/target-agreements/${agreementId}`, headers: f.dirC.headers });
    expect(read.statusCode).toBe(403);
  });
  it('the commanditaire chooses among its groupement (with its members) and the structures of its territory', async () => {
    const res = await f.ctx.app.inject({ method: 'GET', url: `/api/target-parties?commanditaireId=${f.regionId}`, headers: f.region.headers });
    expect(res.statusCode, res.body).toBe(200);
    const parties = res.json();
    expect(parties.groupements).toEqual([{ id: f.groupementId, name: 'Groupement VAE Normandie', members: [{ id: f.structureA, name: 'CIBC Calvados' }, { id: f.structureB, name: 'MIFE Manche' }] }]);
    expect(parties.structures.map((s: { id: string }) => s.id).sort()).toEqual([f.structureA, f.structureB, f.structureC].sort());
    const director = await f.ctx.app.inject({ method: 'GET', url: `/api/target-parties?commanditaireId=${f.regionId}`, headers: f.dirA.headers });
    expect(director.statusCode).toBe(403);
  });
});
