import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupementMembers, groupements } from '../../db/schema';
import { buildOrganisation, buildUser } from '../../test/factories';
import { loginAs, type Session } from '../../test/test-app';
import { assistanceFixture, START, type AssistanceFixture } from './testing/fixture';

let f: AssistanceFixture;
let regionId = '';
let region: Session;
const url = (id: string) => `/api/organisations/${id}/assistance-settings`;

beforeAll(async () => {
  f = await assistanceFixture();
  regionId = (await buildOrganisation(f.ctx.database, { kind: 'commanditaire', name: 'Région de test' })).id;
  region = await loginAs(f.ctx.app, (await buildUser(f.ctx.database, { roles: [{ organisationId: regionId, role: 'director' }] })).email);
  const [g] = await f.ctx.database.db.insert(groupements).values({ name: 'Groupement de test', commanditaireId: regionId }).returning();
  await f.ctx.database.db.insert(groupementMembers).values({ groupementId: g?.id ?? '', organisationId: f.structureId });
});
afterAll(async () => f.ctx.close());

describe('assistance settings', () => {
  it('401, 400, 403 and 200', async () => {
    const body = { criteria: [{ code: 'job_seeker', label: 'Demandeur d’emploi' }], importance: [{ conditionCode: 'MAT-06', importance: 'important' }] };
    expect((await f.ctx.app.inject({ method: 'PUT', url: url(regionId), payload: body })).statusCode).toBe(401);
    const bad = await f.ctx.app.inject({ method: 'PUT', url: url(regionId), headers: region.headers, payload: { criteria: [{ code: 'Pas Bon', label: 'x' }], importance: [] } });
    expect(bad.statusCode).toBe(400);
    expect((await f.ctx.app.inject({ method: 'PUT', url: url(regionId), headers: f.referent.headers, payload: body })).statusCode).toBe(403);
    const ok = await f.ctx.app.inject({ method: 'PUT', url: url(regionId), headers: region.headers, payload: body });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual(body);
    expect((await f.ctx.app.inject({ method: 'GET', url: url(regionId), headers: region.headers })).json()).toEqual(body);
  });

  it('refuses eligibility criteria on a structure that is not a commanditaire, and unknown conditions', async () => {
    const director = f.director;
    const criteria = await f.ctx.app.inject({ method: 'PUT', url: url(f.structureId), headers: director.headers, payload: { criteria: [{ code: 'x', label: 'Critère' }], importance: [] } });
    expect(criteria.json().error.code).toBe('VALIDATION_FAILED');
    const unknown = await f.ctx.app.inject({ method: 'PUT', url: url(f.structureId), headers: director.headers, payload: { criteria: [], importance: [{ conditionCode: 'MAT-99', importance: 'important' }] } });
    expect(unknown.statusCode).toBe(400);
  });

  it('the commanditaire’s criteria are checked at entry and its importance applies to the structure, which may override it', async () => {
    const listed = await f.ctx.app.inject({ method: 'GET', url: `/api/assistance/eligibility-criteria?organisationId=${f.structureId}`, headers: f.referent.headers });
    expect(listed.json().items).toEqual([{ code: 'job_seeker', label: 'Demandeur d’emploi' }]);
    await f.ctx.app.inject({ method: 'PUT', url: url(f.structureId), headers: f.director.headers, payload: { criteria: [], importance: [{ conditionCode: 'BEH-01', importance: 'important' }] } });
    const catalogue = (await f.ctx.app.inject({ method: 'GET', url: `/api/assistance/catalogue?organisationId=${f.structureId}`, headers: f.referent.headers })).json<{ conditions: { code: string; importance: string }[] }>();
    const importanceOf = (code: string) => catalogue.conditions.find((c) => c.code === code)?.importance;
    expect(importanceOf('MAT-06')).toBe('important'); // the Région's choice (default: desirable)
    expect(importanceOf('BEH-01')).toBe('important'); // the structure's own
    const started = await f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/assistance`, headers: f.referent.headers, payload: { ...START(f.structureId), eligibility: [{ code: 'job_seeker', met: true }] } });
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json().eligibility).toEqual([{ code: 'job_seeker', label: 'Demandeur d’emploi', met: true }]);
  });
});
