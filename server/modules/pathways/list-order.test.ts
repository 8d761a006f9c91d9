import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathwayActors, pathways } from '../../db/schema';
import { buildCandidate, buildOrganisation, buildPathway, buildUser } from '../../test/factories';
import { createTestContext, loginAs, type Session, type TestContext } from '../../test/test-app';
import type { TPathwaySummary } from './pathways.schema';

let ctx: TestContext;
let referent: Session;
let director: Session;
let structureId = '';
const ids: string[] = [];

async function list(session: Session, query = ''): Promise<{ items: TPathwaySummary[]; total: number }> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/pathways${query}`, headers: session.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  ctx = await createTestContext();
  structureId = (await buildOrganisation(ctx.database)).id;
  referent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: structureId, role: 'referent' }] })).email);
  director = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: structureId, role: 'director' }] })).email);
  const candidateId = (await buildCandidate(ctx.database, { organisationId: structureId })).id;
  for (let i = 0; i < 5; i++) {
    // The structure is référent and conseiller on some pathways: a director must see each once.
    const actors = [{ organisationId: structureId, role: 'referent' as const }, ...(i % 2 === 0 ? [{ organisationId: structureId, role: 'conseiller' as const }] : [])];
    const p = await buildPathway(ctx.database, { candidateId, state: 'faisabilite_preparation', actors, startedAt: new Date(Date.UTC(2026, 0, 10 + i)) });
    ids.push(p.id);
  }
});
afterAll(async () => ctx.close());

describe('the unfiltered list (read from the actor rows)', () => {
  it('copies each pathway’s updated_at onto its actor rows', async () => {
    const rows = await ctx.database.db.select({ a: pathwayActors.pathwayUpdatedAt, p: pathways.updatedAt }).from(pathwayActors).innerJoin(pathways, eq(pathways.id, pathwayActors.pathwayId));
    expect(rows.length).toBe(8);
    for (const r of rows) expect(r.a.toISOString()).toBe(r.p.toISOString());
  });

  it('is in the same order and has the same total as the filtered path', async () => {
    const fast = await list(referent, '?pageSize=3');
    const filtered = await list(referent, '?pageSize=3&state=faisabilite_preparation');
    expect(fast.items.map((i) => i.id)).toEqual(filtered.items.map((i) => i.id));
    expect(fast.total).toBe(5);
    expect(filtered.total).toBe(5);
    expect(fast.items.map((i) => i.id)).toEqual([ids[4], ids[3], ids[2]]);
    const second = await list(referent, '?pageSize=3&page=2');
    expect(second.items.map((i) => i.id)).toEqual([ids[1], ids[0]]);
  });

  it('shows a pathway once to a director, whatever the number of roles its structure holds on it', async () => {
    const all = await list(director, '?pageSize=10');
    expect(all.total).toBe(5);
    expect(all.items.map((i) => i.id)).toEqual([...ids].reverse());
  });

  it('puts a pathway that just moved first', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: `/api/pathways/${ids[0]}/transitions`, headers: referent.headers, payload: { type: 'close', reason: 'abandon', details: 'Déménagement' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await list(referent, '?pageSize=1')).items[0]?.id).toBe(ids[0]);
  });
});
