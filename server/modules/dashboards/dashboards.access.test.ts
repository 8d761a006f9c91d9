import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories';
import { loginAs, type Session } from '../../test/test-app';
import { AGREEMENT, targetsFixture, type TargetsFixture } from '../targets/testing/fixture';
import { describeAccessMatrix, type MatrixEndpoint } from '../../test/access-matrix';

let f: TargetsFixture;
let admin: Session;
let trainingDayId = '';

beforeAll(async () => {
  f = await targetsFixture();
  await f.ctx.app.inject({ method: 'POST', url: '/api/target-agreements', headers: f.region.headers, payload: AGREEMENT(f) });
  admin = await loginAs(f.ctx.app, (await buildUser(f.ctx.database, { isPlatformAdmin: true })).email);
  trainingDayId = (await f.ctx.app.inject({ method: 'POST', url: '/api/training-days', headers: f.dirA.headers, payload: { organisationId: f.structureA, userId: f.users.refA, heldOn: '2026-02-12', days: 1, title: 'Journée régionale PRAO' } })).json().id;
});
afterAll(async () => f.ctx.close());

const SETTINGS = { minCount: 5, alertMarginPct: 10, workingHoursPerYear: 1607, minTrainingDays: 2, minAssistanceShare: 0.34 };
const endpoints: MatrixEndpoint[] = [
  { path: '/api/dashboards/referent', method: 'GET', url: () => `/api/dashboards/referent?organisationId=${f.structureA}`, as: () => f.refA, invalid: { url: () => '/api/dashboards/referent?organisationId=A' }, stranger: () => f.refC },
  { path: '/api/dashboards/structure', method: 'GET', url: () => `/api/dashboards/structure?organisationId=${f.structureA}&year=2026`, as: () => f.dirA, invalid: { url: () => `/api/dashboards/structure?organisationId=${f.structureA}&year=1900` }, stranger: () => f.dirC },
  { path: '/api/dashboards/commanditaire', method: 'GET', url: () => `/api/dashboards/commanditaire?organisationId=${f.regionId}&year=2026`, as: () => f.region, invalid: { url: () => `/api/dashboards/commanditaire?organisationId=${f.regionId}&annee=2026` }, stranger: () => f.otherRegion },
  { path: '/api/dashboards/resource-centre', method: 'GET', url: () => `/api/dashboards/resource-centre?organisationId=${f.resourceCentreId}&year=2026`, as: () => f.rc, invalid: { url: () => '/api/dashboards/resource-centre?organisationId=' }, stranger: () => f.otherRc },
  { path: '/api/dashboards/facts', method: 'GET', url: () => `/api/dashboards/facts?organisationId=${f.structureA}&year=2026&metric=realised`, as: () => f.refA, invalid: { url: () => `/api/dashboards/facts?organisationId=${f.structureA}&year=2026&metric=noms` }, stranger: () => f.refC },
  { path: '/api/training-days', method: 'GET', url: () => `/api/training-days?organisationId=${f.structureA}&year=2026`, as: () => f.dirA, invalid: { url: () => `/api/training-days?organisationId=${f.structureA}&year=x` }, stranger: () => f.dirC },
  { path: '/api/training-days', method: 'POST', url: () => '/api/training-days', as: () => f.refA, valid: () => ({ organisationId: f.structureA, userId: f.users.refA, heldOn: '2026-03-01', days: 0.5, title: 'Webinaire VAE' }), invalid: { payload: { organisationId: '00000000-0000-4000-8000-000000000000', userId: '00000000-0000-4000-8000-000000000000', heldOn: 'hier', days: 0.3, title: '' } }, stranger: () => f.refC, status: 201 },
  { path: '/api/training-days/:id', method: 'DELETE', url: () => `/api/training-days/${trainingDayId}`, as: () => f.dirA, invalid: { url: () => '/api/training-days/1' }, stranger: () => f.dirC, status: 204 },
  { path: '/api/admin/settings/dashboards', method: 'PUT', url: () => '/api/admin/settings/dashboards', as: () => admin, valid: () => SETTINGS, invalid: { payload: { ...SETTINGS, minCount: 0 } }, stranger: () => f.region },
];

describeAccessMatrix(() => f.ctx.app, endpoints);

describe('readers are kept to their dashboard', () => {
  it('a commanditaire cannot read a structure’s dashboard nor the resource centre’s, and the reverse', async () => {
    expect((await f.ctx.app.inject({ method: 'GET', url: `/api/dashboards/structure?organisationId=${f.structureA}`, headers: f.region.headers })).statusCode).toBe(403);
    expect((await f.ctx.app.inject({ method: 'GET', url: `/api/dashboards/resource-centre?organisationId=${f.regionId}`, headers: f.region.headers })).statusCode).toBe(403);
    expect((await f.ctx.app.inject({ method: 'GET', url: `/api/dashboards/commanditaire?organisationId=${f.resourceCentreId}`, headers: f.rc.headers })).statusCode).toBe(403);
  });
  it('a référent records only their own training days; a refused record changes nothing', async () => {
    const res = await f.ctx.app.inject({ method: 'POST', url: '/api/training-days', headers: f.refA.headers, payload: { organisationId: f.structureA, userId: f.users.dirA, heldOn: '2026-03-01', days: 1, title: 'Pour la direction' } });
    expect(res.statusCode).toBe(403);
    const notMember = await f.ctx.app.inject({ method: 'POST', url: '/api/training-days', headers: f.dirA.headers, payload: { organisationId: f.structureA, userId: f.users.refC, heldOn: '2026-03-01', days: 1, title: 'Autre structure' } });
    expect([notMember.statusCode, notMember.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const list = (await f.ctx.app.inject({ method: 'GET', url: `/api/training-days?organisationId=${f.structureA}&year=2026`, headers: f.dirA.headers })).json().items;
    expect(list.map((d: { title: string }) => d.title)).toEqual(['Webinaire VAE']);
  });
});
