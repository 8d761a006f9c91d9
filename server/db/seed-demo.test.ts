import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { FixedClock } from '../lib/clock';
import { loadEnv } from '../lib/env';
import { createLogger } from '../lib/logger';
import { createTestDatabase } from '../test/test-database';
import type { Database } from './client';
import { candidates, groupementMembers, organisations, pathwayBlocs, documents, pathways, pathwayTransitions, users } from './schema';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed-demo';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

describe('demo data', () => {
  it('fills an empty database once, with the organisations the README promises', async () => {
    expect(await seedDemo(database)).toBe(true);
    expect(await seedDemo(database)).toBe(false);
    const kinds = await database.db.select({ kind: organisations.kind, n: sql<number>`count(*)::int` }).from(organisations).groupBy(organisations.kind);
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k.n]));
    expect(byKind).toMatchObject({ commanditaire: 1, counselling_structure: 2, accompaniment_organisation: 1, certificateur: 2, funder: 1, partner: 2, school: 2 });
    expect(await database.db.select().from(groupementMembers)).toHaveLength(2);
    const [admin] = await database.db.select().from(users).where(eq(users.email, 'admin@jalon.test'));
    expect(admin?.isPlatformAdmin).toBe(true);
  });

  it('gives the demo candidates pathways at three stages, with their history and documents', async () => {
    const rows = await database.db
      .select({ last: candidates.lastName, state: pathways.state, cycle: pathways.cycle, userId: candidates.userId })
      .from(pathways)
      .innerJoin(candidates, eq(candidates.id, pathways.candidateId))
      .orderBy(candidates.lastName);
    expect(rows.map((r) => [r.last, r.state])).toEqual([
      ['Benamar', 'faisabilite_filed'],
      ['Dubois', 'post_jury'],
      ['Martin', 'faisabilite_preparation'],
    ]);
    expect(rows.every((r) => r.userId !== null)).toBe(true);
    const acquired = await database.db.select({ n: sql<number>`count(*)::int` }).from(pathwayBlocs).where(sql`${pathwayBlocs.acquiredAt} IS NOT NULL`);
    expect(acquired[0]?.n).toBe(2);
    const docs = await database.db.select({ n: sql<number>`count(*)::int` }).from(documents);
    expect(docs[0]?.n).toBe(3);
    const history = await database.db.select({ n: sql<number>`count(*)::int` }).from(pathwayTransitions);
    expect(history[0]?.n).toBe(11);
  });

  it('every demo account logs in with the README password', async () => {
    const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_MAX_ATTEMPTS: '100' });
    const app = await buildApp({ database, env, clock: new FixedClock(), logger: createLogger(env), mailer: null });
    for (const u of DEMO_USERS) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: u.email, password: DEMO_PASSWORD } });
      expect(res.statusCode, u.email).toBe(200);
      expect(res.json().memberships).toHaveLength(u.roles?.length ?? 0);
    }
    await app.close();
  });
});
