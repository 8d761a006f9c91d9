import { inArray, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/client';
import { memberships, organisationDepartements, organisations, users } from '../../server/db/schema';
import { verifyPassword } from '../../server/lib/passwords';
import { createTestDatabase } from '../../server/test/test-database';
import { createPrng } from './prng';
import { SCALE_PASSWORD, ScaleSeedError, seedScale } from './seed';

describe('createPrng', () => {
  it('repeats the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: string) => {
      const p = createPrng(seed);
      return [p.next(), p.int(1, 6), p.uuid()];
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    expect(String(draw('a')[2])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('stays within bounds and honours weights', () => {
    const p = createPrng('bounds');
    const ints = Array.from({ length: 2000 }, () => p.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    const picks = Array.from({ length: 4000 }, () => p.weighted([['rare', 1], ['common', 9]] as const));
    const rare = picks.filter((x) => x === 'rare').length / picks.length;
    expect(rare).toBeGreaterThan(0.07);
    expect(rare).toBeLessThan(0.13);
  });
});

describe('seedScale', () => {
  let database: Database;
  const options = { candidates: 120, organisations: 12, professionalsPerOrganisation: 3, seed: 'Essai-1' };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  async function generated(slug: string) {
    const people = await database.db
      .select({ id: users.id, email: users.email, name: users.displayName, kind: users.kind, createdAt: users.createdAt })
      .from(users)
      .where(like(users.email, `%.${slug}.%@scale.jalon.test`))
      .orderBy(users.email);
    const ids = people.map((p) => p.id);
    const roles = ids.length ? await database.db.select().from(memberships).where(inArray(memberships.userId, ids)).orderBy(memberships.id) : [];
    return { people, roles };
  }

  it('writes organisations with départements, professionals with a membership each, and candidates', async () => {
    const state = await seedScale(database, options);
    const { people, roles } = await generated('essai1');
    expect(people.filter((p) => p.kind === 'candidate')).toHaveLength(120);
    expect(people.filter((p) => p.kind === 'professional')).toHaveLength(36);
    expect(roles).toHaveLength(36);
    const orgIds = state.organisations.map((o) => o.id);
    expect(await database.db.select().from(organisations).where(inArray(organisations.id, orgIds))).toHaveLength(12);
    const links = await database.db
      .select({ id: organisationDepartements.organisationId, n: sql<number>`count(*)::int` })
      .from(organisationDepartements)
      .where(inArray(organisationDepartements.organisationId, orgIds))
      .groupBy(organisationDepartements.organisationId);
    expect(links).toHaveLength(12);
    expect(new Set(roles.map((r) => r.organisationId))).toEqual(new Set(orgIds));
    const [hash] = await database.db.select({ h: users.passwordHash }).from(users).where(inArray(users.id, [people[0]?.id ?? '']));
    expect(await verifyPassword(hash?.h ?? null, SCALE_PASSWORD)).toBe(true);
  });

  it('refuses a seed already present, and writes the same rows again once they are removed', async () => {
    await expect(seedScale(database, options)).rejects.toThrow(ScaleSeedError);
    const first = await generated('essai1');
    await database.db.delete(users).where(like(users.email, '%.essai1.%@scale.jalon.test'));
    const orgs = [...new Set(first.roles.map((r) => r.organisationId))];
    await database.db.delete(organisations).where(inArray(organisations.id, orgs));
    await seedScale(database, options);
    expect(await generated('essai1')).toEqual(first);
  });

  it('writes different rows for another seed next to existing ones', async () => {
    await seedScale(database, { ...options, seed: 'autre' });
    const other = await generated('autre');
    expect(other.people).toHaveLength(156);
    const first = await generated('essai1');
    expect(other.people[0]?.id).not.toBe(first.people[0]?.id);
  });
});

describe('seedScale with pathways', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('writes candidate files and consistent pathways: blocs, actors, history, juries', async () => {
    await seedScale(database, { candidates: 50, organisations: 30, professionalsPerOrganisation: 3, pathways: 75, seed: 'parcours' });
    const one = async (text: string) => Number((await database.query<{ n: number }>(text))[0]?.n);
    expect(await one('SELECT count(*)::int AS n FROM candidates')).toBe(50);
    expect(await one('SELECT count(*)::int AS n FROM pathways')).toBe(75);
    // Every pathway targets all the blocs of its certification and has a référent structure.
    expect(await one(`SELECT count(*)::int AS n FROM pathways p WHERE (SELECT count(*) FROM pathway_blocs b WHERE b.pathway_id = p.id) <> (SELECT count(*) FROM certification_blocs c WHERE c.certification_id = p.certification_id) OR (SELECT count(*) FROM certification_blocs c WHERE c.certification_id = p.certification_id) = 0`)).toBe(0);
    expect(await one(`SELECT count(*)::int AS n FROM pathways p WHERE NOT EXISTS (SELECT 1 FROM pathway_actors a WHERE a.pathway_id = p.id AND a.role = 'referent')`)).toBe(0);
    expect(await one(`SELECT count(*)::int AS n FROM pathway_actors a JOIN pathways p ON p.id = a.pathway_id JOIN candidates c ON c.id = p.candidate_id WHERE a.role = 'referent' AND a.organisation_id <> c.created_by_organisation_id`)).toBe(0);
    // The history chains from 'information' to the pathway's state, one step after the other.
    const histories = await database.query<{ id: string; state: string; cycle: number; steps: { from: string; to: string; cycle: number }[] | null }>(
      `SELECT p.id, p.state, p.cycle, (SELECT json_agg(json_build_object('from', t.from_state, 'to', t.to_state, 'cycle', t.cycle) ORDER BY t.at) FROM pathway_transitions t WHERE t.pathway_id = p.id) AS steps FROM pathways p`,
    );
    let transitions = 0;
    for (const h of histories) {
      const steps = h.steps ?? [];
      transitions += steps.length;
      let at = 'information';
      for (const s of steps) {
        expect(s.from).toBe(at);
        at = s.to;
      }
      expect(at).toBe(h.state);
      expect(steps.at(-1)?.cycle ?? 1).toBe(h.cycle);
    }
    expect(transitions).toBe(await one('SELECT count(*)::int AS n FROM pathway_transitions'));
    expect(transitions / 75).toBeGreaterThan(5);
    // Certified pathways have acquired every bloc; open juries only on pathways waiting for one.
    expect(await one(`SELECT count(*)::int AS n FROM pathways p JOIN pathway_blocs b ON b.pathway_id = p.id WHERE p.state = 'closed_certified' AND b.acquired_at IS NULL`)).toBe(0);
    expect(await one(`SELECT count(*)::int AS n FROM jury_sessions j JOIN pathways p ON p.id = j.pathway_id WHERE j.attendance IS NULL AND p.state <> 'jury_scheduled' AND p.state <> 'closed'`)).toBe(0);
    expect(await one(`SELECT count(DISTINCT state)::int AS n FROM pathways`)).toBeGreaterThan(4);
  });
});
