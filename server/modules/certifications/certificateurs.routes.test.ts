import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCertificateurMatches } from './certifications.schema';
import { createCatalogueTestContext, type CatalogueTestContext } from './testing/catalogue-test-context';

let ctx: CatalogueTestContext;

beforeAll(async () => {
  ctx = await createCatalogueTestContext();
});
afterAll(async () => {
  await ctx.close();
});

const find = (query: string) => ctx.app.inject({ method: 'GET', url: `/api/certifications/certificateurs?${query}` });

/** What the catalogue holds, to compare the answers with. */
async function certificateursWhere(condition: string): Promise<{ siret: string | null; name: string; count: number }[]> {
  return ctx.database.query(`
    SELECT max(siret) AS siret, min(name) AS name, count(DISTINCT certification_id)::int AS count
    FROM certification_certificateurs WHERE ${condition}
    GROUP BY COALESCE(siret, lower(name)) ORDER BY count(DISTINCT certification_id) DESC, min(name)`);
}

describe('GET /api/certifications/certificateurs (public)', () => {
  it('finds certificateurs by words of their name, accents, case and order aside, without a session', async () => {
    const res = await find('q=NATIONALE%20education');
    expect(res.statusCode, res.body).toBe(200);
    const expected = await certificateursWhere(`lower(immutable_unaccent(name)) LIKE '%education%' AND lower(immutable_unaccent(name)) LIKE '%nationale%'`);
    expect(expected.length).toBeGreaterThan(0);
    expect(res.json<TCertificateurMatches>().items).toEqual(expected);
  });

  it('finds a certificateur by the start of its SIRET, with the number of records it certifies', async () => {
    const res = await find('q=110%20000%2007');
    expect(res.statusCode, res.body).toBe(200);
    const expected = await certificateursWhere(`siret LIKE '11000007%'`);
    expect(expected.map((c) => c.siret)).toContain('11000007200014');
    expect(res.json<TCertificateurMatches>().items).toEqual(expected);
  });

  it('reads % and _ as themselves, and limits the answer', async () => {
    expect((await find('q=%25%25')).json<TCertificateurMatches>().items).toEqual([]);
    const all = await certificateursWhere(`lower(immutable_unaccent(name)) LIKE '%e%'`);
    expect(all.length).toBeGreaterThan(2);
    const res = await find('q=ee&limit=2');
    expect(res.statusCode).toBe(200);
    expect(res.json<TCertificateurMatches>().items.length).toBeLessThanOrEqual(2);
    const few = await find('q=e%20e&limit=2');
    expect(few.json<TCertificateurMatches>().items).toEqual(all.slice(0, 2));
  });

  it('400 VALIDATION_FAILED with a French message for a query too short, missing, too long, or an unknown parameter', async () => {
    const short = await find('q=a');
    expect([short.statusCode, short.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(short.json().error.details.fields.q).toBe('Saisissez au moins deux caractères du nom ou du SIRET.');
    for (const query of ['', `q=${'x'.repeat(101)}`, 'q=minist&limit=500', 'q=minist&inconnu=1']) {
      const res = await find(query);
      expect([res.statusCode, res.json().error.code], query).toEqual([400, 'VALIDATION_FAILED']);
    }
  });
});
