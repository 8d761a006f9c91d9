import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENT, signAssistance, targetsFixture, type TargetsFixture } from '../targets/testing/fixture';

let f: TargetsFixture;
let agreementId = '';

const get = (url: string, headers: Record<string, string>) => f.ctx.app.inject({ method: 'GET', url, headers });

beforeAll(async () => {
  f = await targetsFixture();
  const created = (await f.ctx.app.inject({ method: 'POST', url: '/api/target-agreements', headers: f.region.headers, payload: AGREEMENT(f) })).json();
  agreementId = created.id;
  // A plan front-loaded on January and February, split 80 / 40 for Calvados.
  await f.ctx.app.inject({ method: 'PUT', url: `/api/target-lines/${created.lines[0].id}/months`, headers: f.dirA.headers, payload: { months: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10] } });
  await f.ctx.app.inject({ method: 'PUT', url: `/api/target-lines/${created.lines[0].id}/shares`, headers: f.dirA.headers, payload: { shares: [{ organisationId: f.structureA, quantity: 80 }, { organisationId: f.structureB, quantity: 40 }] } });
  // March 2 2026 (the test clock): three agreements signed by A's référent for Calvados candidates,
  // one by B's référent for a Manche candidate, one by A for a candidate of Orne (no line there).
  for (let i = 0; i < 3; i++) await signAssistance(f, { structureId: f.structureA, referent: f.refA, departementCode: '14' });
  await signAssistance(f, { structureId: f.structureB, referent: f.refB, departementCode: '50' });
  await signAssistance(f, { structureId: f.structureA, referent: f.refA, departementCode: '61' });
  // Move to April: March is then a complete month to compare against the plan.
  f.ctx.clock.set(new Date('2026-04-02T08:00:00Z'));
  await f.relogin();
});
afterAll(async () => f.ctx.close());

describe('the référents’ signed agreements fill the targets', () => {
  it('the director sees the gap on the structure’s share, per référent and per territory', async () => {
    const res = await get(`/api/dashboards/structure?organisationId=${f.structureA}&year=2026`, f.dirA.headers);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    const line = d.lines.find((l: { territoryLabel: string; service: string }) => l.service === 'assistance_renforcee' && l.territoryLabel.includes('14'));
    expect(line.share).toBe(80);
    expect(line.realised[2]).toBe(3);
    // 80 over the year on the line's shape: 20 expected through March, 3 realised.
    expect(line.alert).toMatchObject({ throughMonth: 3, expected: 20, realised: 3, gap: 17, behind: true });
    expect(d.alertCount).toBeGreaterThanOrEqual(1);
    const alice = d.referents.find((r: { userId: string }) => r.userId === f.users.refA);
    expect(alice.realised.assistance_renforcee).toBe(4);
    expect(alice).toMatchObject({ trainingBelow: true, shareBelow: true });
    expect(d.territories).toEqual(expect.arrayContaining([{ departementCode: '14', service: 'assistance_renforcee', realised: 3 }, { departementCode: '61', service: 'assistance_renforcee', realised: 1 }]));
  });

  it('the référent sees this month against plan and their caseload', async () => {
    f.ctx.clock.set(new Date('2026-03-20T08:00:00Z'));
    await f.relogin();
    const res = await get(`/api/dashboards/referent?organisationId=${f.structureA}`, f.refA.headers);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.month).toBe(3);
    expect(d.services.find((s: { service: string }) => s.service === 'assistance_renforcee')).toEqual({ service: 'assistance_renforcee', plan: 7, realised: 4, mine: 4 });
    expect(d.caseload.reduce((a: number, c: { n: number }) => a + c.n, 0)).toBe(4);
    f.ctx.clock.set(new Date('2026-04-02T08:00:00Z'));
    await f.relogin();
  });

  it('a figure opens on the list of pathways behind it, for the structure only', async () => {
    const url = `/api/dashboards/facts?organisationId=${f.structureA}&year=2026&metric=realised&key=assistance_renforcee&month=3&departementCode=14`;
    const res = await get(url, f.dirA.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toHaveLength(3);
    expect(res.json().items[0].candidateName).toContain('Camille');
    expect((await get(url, f.dirB.headers)).statusCode).toBe(403);
    expect((await get(url, f.region.headers)).statusCode).toBe(403);
  });

  it('the commanditaire sees the lines, masked below five, never a name', async () => {
    const res = await get(`/api/dashboards/commanditaire?organisationId=${f.regionId}&year=2026`, f.region.headers);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    const agreement = d.agreements.find((a: { id: string }) => a.id === agreementId);
    const l14 = agreement.lines[0];
    expect(l14.realised.cells[2]).toEqual({ masked: true });
    expect(l14.realised.total).toEqual({ masked: true });
    expect(l14.alert).toEqual({ throughMonth: 3, expected: 30, behind: true });
    expect(JSON.stringify(d)).not.toContain('Camille');
    expect(JSON.stringify(d)).not.toMatch(/"value":[1-4][,}]/);
  });

  it('with a threshold of 3, the three Calvados agreements show', async () => {
    const admin = await (await import('../../test/factories')).buildUser(f.ctx.database, { isPlatformAdmin: true });
    const session = await (await import('../../test/test-app')).loginAs(f.ctx.app, admin.email);
    const put = await f.ctx.app.inject({ method: 'PUT', url: '/api/admin/settings/dashboards', headers: session.headers, payload: { minCount: 3, alertMarginPct: 10, workingHoursPerYear: 1607, minTrainingDays: 2, minAssistanceShare: 0.34 } });
    expect(put.statusCode, put.body).toBe(200);
    const d = (await get(`/api/dashboards/commanditaire?organisationId=${f.regionId}&year=2026`, f.region.headers)).json();
    const l14 = d.agreements.find((a: { id: string }) => a.id === agreementId).lines[0];
    expect(l14.realised.cells[2]).toEqual({ masked: false, value: 3 });
    expect(l14.realised.total).toEqual({ masked: false, value: 3 });
    await f.ctx.app.inject({ method: 'PUT', url: '/api/admin/settings/dashboards', headers: session.headers, payload: { minCount: 5, alertMarginPct: 10, workingHoursPerYear: 1607, minTrainingDays: 2, minAssistanceShare: 1 / 3 } });
  });
});
