import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assistances, pathways } from '../../db/schema';
import { buildCandidate, buildPathway } from '../../test/factories';
import { loadDeadlineLimits } from '../pathways/pathways.store';
import { riskOf, risksOf } from './assistance.risk';
import { assistanceFixture, START, type AssistanceFixture } from './testing/fixture';

let f: AssistanceFixture;
const ids: string[] = [];

async function post(url: string, payload: object) {
  const res = await f.ctx.app.inject({ method: 'POST', url, headers: f.referent.headers, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>();
}

beforeAll(async () => {
  f = await assistanceFixture();
  const db = f.ctx.database;
  const pathwayIds = [f.pathwayId];
  for (const i of [1, 2]) {
    const candidateId = (await buildCandidate(db, { organisationId: f.structureId })).id;
    const p = await buildPathway(db, { candidateId, state: 'faisabilite_preparation', startedAt: new Date(`2026-0${i}-10T09:00:00Z`), lastContactAt: new Date('2026-03-01T09:00:00Z'), actors: [{ organisationId: f.structureId, role: 'referent' }] });
    pathwayIds.push(p.id);
  }
  for (const id of pathwayIds) ids.push((await post(`/api/pathways/${id}/assistance`, START(f.structureId))).id);
  // Different facts on each: an overdue commitment on the first, missing conditions on the second.
  await post(`/api/assistances/${ids[0]}/commitments`, { label: 'Rassembler ses bulletins de salaire', dueOn: '2026-03-25' });
  await post(`/api/assistances/${ids[0]}/commitments`, { label: 'Appeler la DAVA', dueOn: '2026-12-01' });
  await post(`/api/assistances/${ids[1]}/assessments`, { items: [{ conditionCode: 'MAT-06', status: 'missing' }, { conditionCode: 'MAT-02', status: 'missing' }] });
  f.ctx.clock.advanceDays(120);
});
afterAll(async () => f.ctx.close());

describe('the risk of dropping out, scored for many assistances at once', () => {
  it('gives each assistance the same risk as scoring it alone, without mixing their facts', async () => {
    const db = f.ctx.database.db;
    const rows = await db.select({ a: assistances, p: pathways }).from(assistances).innerJoin(pathways, eq(pathways.id, assistances.pathwayId)).where(and(eq(assistances.organisationId, f.structureId), eq(assistances.status, 'open')));
    expect(rows).toHaveLength(3);
    const limits = await loadDeadlineLimits(db);
    const now = f.ctx.clock.now();
    const together = await risksOf(db, rows, limits, now);
    for (const [i, r] of rows.entries()) expect(together[i]).toEqual(await riskOf(db, r.a, r.p, limits, now));
    const codesOf = (id: string | undefined) => together[rows.findIndex((r) => r.a.id === id)]?.reasons.map((x) => x.code) ?? [];
    expect(codesOf(ids[0])).toContain('overdue_commitments');
    expect(codesOf(ids[1])).not.toContain('overdue_commitments');
    expect(codesOf(ids[2])).not.toContain('overdue_commitments');
    expect(together.map((r) => JSON.stringify(r)).filter((x, i, all) => all.indexOf(x) === i).length).toBeGreaterThan(1);
    expect(await risksOf(db, [], limits, now)).toEqual([]);
  });
});
