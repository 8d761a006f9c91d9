import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCandidate, buildOrganisation, buildPathway, buildUser } from '../../test/factories';
import { createTestContext, loginAs, type Session, type TestContext } from '../../test/test-app';
import type { TCandidateSummary } from './candidates.schema';

let ctx: TestContext;
let referent: Session;
let certificateur: Session;
let otherReferent: Session;
let school: Session;
let structureId = '';

async function list(session: Session, query = ''): Promise<{ items: TCandidateSummary[]; total: number }> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/candidates${query}`, headers: session.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  ctx = await createTestContext();
  structureId = (await buildOrganisation(ctx.database)).id;
  const davaId = (await buildOrganisation(ctx.database, { kind: 'certificateur' })).id;
  referent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: structureId, role: 'referent' }] })).email);
  certificateur = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: davaId, role: 'certificateur_agent' }] })).email);
  otherReferent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ role: 'referent' }] })).email);
  school = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ role: 'school_staff' }] })).email);
  await buildCandidate(ctx.database, { organisationId: structureId, firstName: 'Yanis', lastName: 'Benamar' });
  await buildCandidate(ctx.database, { organisationId: structureId, firstName: 'Léa', lastName: 'Dubois', departementCode: '76' });
  const withPathway = await buildCandidate(ctx.database, { organisationId: structureId, firstName: 'Hélène', lastName: 'Étienne' });
  await buildPathway(ctx.database, { candidateId: withPathway.id, actors: [{ organisationId: structureId, role: 'referent' }, { organisationId: davaId, role: 'certificateur_agent' }] });
});
afterAll(async () => ctx.close());

describe('GET /api/candidates', () => {
  it('lists the files the structure opened, sorted by last name', async () => {
    const page = await list(referent);
    expect(page.items.map((c) => c.lastName)).toEqual(['Benamar', 'Dubois', 'Étienne']);
    expect(page.total).toBe(3);
  });

  it('finds a candidate whatever the order of the names, the case and the accents', async () => {
    expect((await list(referent, '?q=benamar%20yanis')).items.map((c) => c.firstName)).toEqual(['Yanis']);
    expect((await list(referent, '?q=HELENE')).items.map((c) => c.lastName)).toEqual(['Étienne']);
    expect((await list(referent, '?q=zzz')).total).toBe(0);
  });

  it('treats % and _ in the search as plain characters', async () => {
    expect((await list(referent, '?q=%25')).total).toBe(0);
  });

  it('filters by département', async () => {
    expect((await list(referent, '?departementCode=76')).items.map((c) => c.lastName)).toEqual(['Dubois']);
  });

  it('shows a certificateur only the candidates of the pathways it is an actor on', async () => {
    expect((await list(certificateur)).items.map((c) => c.lastName)).toEqual(['Étienne']);
  });

  it('shows nothing of another structure of the same kind', async () => {
    expect((await list(otherReferent)).total).toBe(0);
  });

  it('refuses roles that do not follow candidates', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/candidates', headers: school.headers });
    expect(res.statusCode).toBe(403);
  });
});
