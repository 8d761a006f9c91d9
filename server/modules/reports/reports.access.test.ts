import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAccessMatrix, type MatrixEndpoint } from '../../test/access-matrix';
import { REPORT, reportsFixture, type ReportsFixture } from './testing/fixture';

let f: ReportsFixture;
let reportId = '';

beforeAll(async () => {
  f = await reportsFixture();
  const c = await f.ctx.app.inject({ method: 'POST', url: '/api/target-agreements', headers: f.region.headers, payload: { commanditaireId: f.regionId, year: 2026, title: 'Convention CIO Caen', organisationId: f.structureC, lines: [{ service: 'conseil_vae', departementCode: '14', quantity: 10, budgetCents: 300_000 }] } });
  if (c.statusCode !== 201) throw new Error(c.body);
  reportId = (await f.ctx.app.inject({ method: 'POST', url: '/api/reports', headers: f.dirA.headers, payload: REPORT(f) })).json().id;
});
afterAll(async () => f.ctx.close());

const BAD_ID = { url: () => '/api/reports/pas-un-uuid' };
const endpoints: MatrixEndpoint[] = [
  { path: '/api/reports', method: 'GET', url: () => `/api/reports?organisationId=${f.structureA}`, as: () => f.dirA, invalid: { url: () => `/api/reports?organisationId=${f.structureA}&year=ancienne` }, stranger: () => f.dirC },
  { path: '/api/reports/:id', method: 'GET', url: () => `/api/reports/${reportId}`, as: () => f.refB, invalid: BAD_ID, stranger: () => f.refC },
  { path: '/api/reports/:id/narrative', method: 'PUT', url: () => `/api/reports/${reportId}/narrative`, as: () => f.dirB, valid: () => ({ narrative: 'Bilan de l’année.' }), invalid: { payload: { narrative: 'x'.repeat(20_001) } }, stranger: () => f.dirC },
  { path: '/api/reports/:id/refresh', method: 'POST', url: () => `/api/reports/${reportId}/refresh`, as: () => f.dirA, invalid: { url: () => '/api/reports/0/refresh' }, stranger: () => f.dirC },
  { path: '/api/reports/:id/report.pdf', method: 'GET', url: () => `/api/reports/${reportId}/report.pdf`, as: () => f.dirA, invalid: { url: () => `/api/reports/${reportId}/report.pdf?format=a3` }, stranger: () => f.dirC },
  { path: '/api/reports/:id/report.xlsx', method: 'GET', url: () => `/api/reports/${reportId}/report.xlsx`, as: () => f.refA, invalid: { url: () => '/api/reports/1/report.xlsx' }, stranger: () => f.refC },
  { path: '/api/reports/:id/sign', method: 'POST', url: () => `/api/reports/${reportId}/sign`, as: () => f.dirA, invalid: { url: () => '/api/reports/1/sign' }, stranger: () => f.dirC },
  { path: '/api/reports/:id/send', method: 'POST', url: () => `/api/reports/${reportId}/send`, as: () => f.dirA, invalid: { url: () => '/api/reports/1/send' }, stranger: () => f.dirC },
  { path: '/api/reports', method: 'POST', url: () => '/api/reports', as: () => f.dirC, valid: () => ({ commanditaireId: f.regionId, year: 2026, organisationId: f.structureC }), invalid: { payload: { commanditaireId: '00000000-0000-4000-8000-000000000000', year: 2026, organisationId: '00000000-0000-4000-8000-000000000001', groupementId: '00000000-0000-4000-8000-000000000002' } }, stranger: () => f.dirA, status: 201 },
  { path: '/api/target-agreements/:id/start-certificate.pdf', method: 'GET', url: () => `/api/target-agreements/${f.agreementId}/start-certificate.pdf`, as: () => f.region, invalid: { url: () => '/api/target-agreements/x/start-certificate.pdf' }, stranger: () => f.otherRegion },
  { path: '/api/target-agreements/:id/planning', method: 'GET', url: () => `/api/target-agreements/${f.agreementId}/planning`, as: () => f.refA, invalid: { url: () => '/api/target-agreements/x/planning' }, stranger: () => f.refC },
  { path: '/api/target-agreements/:id/planning.xlsx', method: 'GET', url: () => `/api/target-agreements/${f.agreementId}/planning.xlsx`, as: () => f.region, invalid: { url: () => '/api/target-agreements/x/planning.xlsx' }, stranger: () => f.otherRegion },
  { path: '/api/resource-centre/statistics.csv', method: 'GET', url: () => `/api/resource-centre/statistics.csv?organisationId=${f.resourceCentreId}&year=2026`, as: () => f.rc, invalid: { url: () => `/api/resource-centre/statistics.csv?organisationId=${f.resourceCentreId}&year=99` }, stranger: () => f.otherRc },
];

describeAccessMatrix(() => f.ctx.app, endpoints);

describe('who may do what with a report', () => {
  it('a référent cannot create, edit, sign or send; nothing changes', async () => {
    const inject = (method: 'POST' | 'PUT', url: string, payload?: object) => f.ctx.app.inject({ method, url, headers: f.refA.headers, ...(payload ? { payload } : {}) });
    const other = await f.ctx.app.inject({ method: 'POST', url: '/api/target-agreements', headers: f.otherRegion.headers, payload: { commanditaireId: f.otherRegionId, year: 2027, title: 'Convention voisine', organisationId: f.structureA, lines: [{ service: 'conseil_vae', departementCode: '35', quantity: 5, budgetCents: 100_000 }] } });
    expect(other.statusCode, other.body).toBe(201);
    expect((await inject('POST', '/api/reports', { commanditaireId: f.otherRegionId, year: 2027, organisationId: f.structureA })).statusCode).toBe(403);
    const draft = await f.ctx.app.inject({ method: 'POST', url: '/api/reports', headers: f.dirA.headers, payload: { commanditaireId: f.otherRegionId, year: 2027, organisationId: f.structureA } });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().id;
    expect((await inject('PUT', `/api/reports/${id}/narrative`, { narrative: 'Par la référente' })).statusCode).toBe(403);
    const sign = await inject('POST', `/api/reports/${id}/sign`);
    expect([sign.statusCode, sign.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const after = (await f.ctx.app.inject({ method: 'GET', url: `/api/reports/${id}`, headers: f.refA.headers })).json();
    expect(after).toMatchObject({ status: 'draft', narrative: '', signedAt: null });
    // The other commanditaire never reads a draft, nor this Région's sent report.
    expect((await f.ctx.app.inject({ method: 'GET', url: `/api/reports/${id}`, headers: f.otherRegion.headers })).statusCode).toBe(403);
    expect((await f.ctx.app.inject({ method: 'GET', url: `/api/reports/${reportId}`, headers: f.otherRegion.headers })).statusCode).toBe(403);
    expect((await f.ctx.app.inject({ method: 'GET', url: `/api/reports/${reportId}`, headers: f.region.headers })).statusCode).toBe(200);
  });

  it('a report without an agreement behind it is refused with a stable code and a French message', async () => {
    const res = await f.ctx.app.inject({ method: 'POST', url: '/api/reports', headers: f.dirA.headers, payload: { commanditaireId: f.regionId, year: 2025, groupementId: f.groupementId } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'REPORT_NO_AGREEMENT', message: expect.stringContaining('Aucune convention') });
    const [row] = await f.ctx.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM yearly_reports WHERE year = 2025`);
    expect(row?.n).toBe(0);
  });
});
