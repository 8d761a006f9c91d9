import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema';
import { AGREEMENT, targetsFixture, type TargetsFixture } from './testing/fixture';

let f: TargetsFixture;
type Line = { id: string; service: string; departementCode: string | null; quantity: number; months: number[]; shares: { organisationId: string; quantity: number }[]; splitComplete: boolean };
let agreement: { id: string; lines: Line[]; structures: { id: string }[] };

const inject = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, headers: object, payload?: object) => f.ctx.app.inject({ method, url, headers: headers as Record<string, string>, payload });
const reload = async (): Promise<{ lines: Line[] }> => (await inject('GET', `/api/target-agreements/${agreement.id}`, f.region.headers)).json();
const auditsOf = async (type: 'target.plan_updated' | 'target.split_updated' | 'target.agreement_updated' | 'target.agreement_created', entityId: string) =>
  f.ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.eventType, type), eq(auditEvents.entityId, entityId)));

beforeAll(async () => {
  f = await targetsFixture();
  agreement = (await inject('POST', '/api/target-agreements', f.region.headers, AGREEMENT(f))).json();
});
afterAll(async () => f.ctx.close());

describe('creating an agreement', () => {
  it('smooths each line evenly over twelve months, answers for the groupement’s structures, and is audited', async () => {
    expect(agreement.structures.map((s) => s.id).sort()).toEqual([f.structureA, f.structureB].sort());
    const [l14] = agreement.lines;
    expect(l14?.months).toEqual(Array(12).fill(10));
    expect(agreement.lines[2]?.months.reduce((a, b) => a + b, 0)).toBe(24);
    expect(l14?.splitComplete).toBe(false);
    expect(await auditsOf('target.agreement_created', agreement.id)).toHaveLength(1);
  });
  it('refuses a département counted twice for the same service, and a département that does not exist, creating nothing', async () => {
    const before = (await inject('GET', `/api/target-agreements?organisationId=${f.regionId}`, f.region.headers)).json().items.length;
    const twice = await inject('POST', '/api/target-agreements', f.region.headers, { ...AGREEMENT(f), lines: [AGREEMENT(f).lines[0], { ...AGREEMENT(f).lines[0], quantity: 3 }] });
    expect([twice.statusCode, twice.json().error.code]).toEqual([400, 'TARGET_TERRITORY_DUPLICATE']);
    const unknown = await inject('POST', '/api/target-agreements', f.region.headers, { ...AGREEMENT(f), lines: [{ ...AGREEMENT(f).lines[0], departementCode: '99' }] });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const both = await inject('POST', '/api/target-agreements', f.region.headers, { ...AGREEMENT(f), organisationId: f.structureC });
    expect(both.statusCode).toBe(400);
    expect((await inject('GET', `/api/target-agreements?organisationId=${f.regionId}`, f.region.headers)).json().items.length).toBe(before);
  });
  it('only with the commanditaire’s own groupement', async () => {
    const res = await inject('POST', '/api/target-agreements', f.otherRegion.headers, { ...AGREEMENT(f), commanditaireId: f.otherRegionId });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});

describe('the monthly plan', () => {
  it('takes an edited plan summing to the target, and records before and after', async () => {
    const line = agreement.lines[0] as Line;
    const months = [0, 5, 10, 15, 15, 15, 5, 0, 15, 15, 15, 10];
    const res = await inject('PUT', `/api/target-lines/${line.id}/months`, f.refA.headers, { months });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().lines[0].months).toEqual(months);
    const [audit] = await auditsOf('target.plan_updated', line.id);
    expect(audit?.details).toMatchObject({ before: Array(12).fill(10), after: months });
    expect(audit?.actorOrganisationId).toBe(f.structureA);
  });
  it('refuses a plan that does not sum to the target, leaving it unchanged', async () => {
    const line = agreement.lines[0] as Line;
    const before = (await reload()).lines[0]?.months;
    const res = await inject('PUT', `/api/target-lines/${line.id}/months`, f.refA.headers, { months: Array(12).fill(11) });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'TARGET_PLAN_SUM']);
    expect(res.json().error.message).toContain('132');
    expect((await reload()).lines[0]?.months).toEqual(before);
    expect(await auditsOf('target.plan_updated', line.id)).toHaveLength(1);
  });
});

describe('the split among the groupement’s structures', () => {
  it('is done by a member’s director and must equal the line', async () => {
    const line = agreement.lines[0] as Line;
    const wrong = await inject('PUT', `/api/target-lines/${line.id}/shares`, f.dirB.headers, { shares: [{ organisationId: f.structureA, quantity: 70 }, { organisationId: f.structureB, quantity: 40 }] });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'TARGET_SPLIT_SUM']);
    const outsider = await inject('PUT', `/api/target-lines/${line.id}/shares`, f.dirB.headers, { shares: [{ organisationId: f.structureC, quantity: 120 }] });
    expect([outsider.statusCode, outsider.json().error.code]).toEqual([400, 'TARGET_SPLIT_NOT_MEMBER']);
    expect((await reload()).lines[0]?.shares).toEqual([]);
    const ok = await inject('PUT', `/api/target-lines/${line.id}/shares`, f.dirB.headers, { shares: [{ organisationId: f.structureA, quantity: 80 }, { organisationId: f.structureB, quantity: 40 }] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().lines[0]).toMatchObject({ splitComplete: true, shares: [{ organisationId: f.structureA, quantity: 80 }, { organisationId: f.structureB, quantity: 40 }] });
    expect(await auditsOf('target.split_updated', line.id)).toHaveLength(1);
  });
  it('does not apply to an agreement with a single structure', async () => {
    const single = (await inject('POST', '/api/target-agreements', f.region.headers, { commanditaireId: f.regionId, year: 2026, title: 'Convention CIO', organisationId: f.structureC, lines: [{ service: 'conseil_vae', departementCode: '14', quantity: 12, budgetCents: 0 }] })).json();
    expect(single.lines[0].shares).toEqual([{ organisationId: f.structureC, organisationName: 'CIO Caen', quantity: 12 }]);
    const res = await inject('PUT', `/api/target-lines/${single.lines[0].id}/shares`, f.dirC.headers, { shares: [{ organisationId: f.structureC, quantity: 12 }] });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'TARGET_NOT_GROUPEMENT']);
  });
});

describe('changing the lines', () => {
  it('a new quantity gets an even plan again and leaves the split to redo; removed lines go', async () => {
    const [l14, l50] = agreement.lines as [Line, Line, Line];
    const res = await inject('PATCH', `/api/target-agreements/${agreement.id}`, f.region.headers, {
      lines: [
        { id: l14.id, service: 'assistance_renforcee', departementCode: '14', quantity: 132, budgetCents: 10_000_000 },
        { id: l50.id, service: 'assistance_renforcee', departementCode: '50', quantity: 60, budgetCents: 4_800_000 },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const lines = res.json().lines;
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ quantity: 132, months: Array(12).fill(11), splitComplete: false });
    const [audit] = await auditsOf('target.agreement_updated', agreement.id);
    expect(audit?.details).toMatchObject({ lines: { after: [{ quantity: 132 }, { quantity: 60 }] } });
  });
  it('refuses a line id of another agreement', async () => {
    const res = await inject('PATCH', `/api/target-agreements/${agreement.id}`, f.region.headers, { lines: [{ id: '00000000-0000-4000-8000-000000000000', service: 'conseil_vae', departementCode: '14', quantity: 1, budgetCents: 0 }] });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await reload()).lines).toHaveLength(2);
  });
});
