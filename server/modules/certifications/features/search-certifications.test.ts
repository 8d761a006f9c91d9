import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { createTestDatabase } from '../../../test/test-database';
import { ZSearchCertificationsResponseSchema } from '../certifications.schema';
import { CSV_ZIP, RNCP_XML, RS_XML } from '../testing/sample-files';
import { importCertifications } from './import-certifications';
import { loadNomenclatures } from './load-nomenclatures';
import { searchCertifications, tokenize } from './search-certifications';
import { seedCertifications } from './seed-certifications';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedCertifications(database);
  await loadNomenclatures(database);
  for (const filePath of [RNCP_XML, RS_XML, CSV_ZIP]) {
    const report = await importCertifications({ database, filePath, full: false });
    expect(report.status).toBe('completed');
  }
});
afterAll(async () => {
  await database.close();
});

const search = (query: Parameters<typeof searchCertifications>[0]['query']) => searchCertifications({ database, query });
const codesOf = (r: Awaited<ReturnType<typeof search>>) => r.items.map((i) => i.code);

describe('searchCertifications', () => {
  it('finds RNCP37274 first for "conseiller insertion professionnelle"', async () => {
    const result = await search({ q: 'conseiller insertion professionnelle' });
    expect(codesOf(result).slice(0, 3)).toContain('RNCP37274');
    expect(result.items[0]?.code).toBe('RNCP37274');
    expect(ZSearchCertificationsResponseSchema.parse(result)).toEqual(result);
  });

  it('tolerates typos: "conseiler insersion" finds RNCP37274 in the top three', async () => {
    const result = await search({ q: 'conseiler insersion' });
    expect(codesOf(result).slice(0, 3)).toContain('RNCP37274');
  });

  it('ignores accents and case, matches word prefixes and stems', async () => {
    const accented = await search({ q: 'Développeur', activeOnly: false });
    const plain = await search({ q: 'developpeur', activeOnly: false });
    expect(codesOf(accented)).toEqual(codesOf(plain));
    expect(codesOf(plain)).toEqual(expect.arrayContaining(['RNCP37674', 'RNCP36490', 'RNCP37873']));
    expect(codesOf(await search({ q: 'cybersécu', activeOnly: false }))).toContain('RNCP37488');
  });

  it('puts an exact code first, with or without its prefix, and does not match look-alike codes by trigrams', async () => {
    const byCode = await search({ q: 'RNCP37274' });
    expect(byCode.items[0]?.code).toBe('RNCP37274');
    expect((await search({ q: '37274' })).items[0]?.code).toBe('RNCP37274');
    expect(codesOf(byCode)).not.toContain('RNCP37231');
  });

  it('requires every word: a word found nowhere empties the result', async () => {
    expect((await search({ q: 'conseiller zzyzx' })).total).toBe(0);
    expect(tokenize("Chargé d'accompagnement et de suivi")).toEqual(['chargé', 'accompagnement', 'suivi']);
  });

  it('filters by ROME: K1801 finds RNCP36625 and RNCP37274', async () => {
    const result = await search({ rome: 'k1801' });
    expect(codesOf(result).sort()).toEqual(['RNCP36625', 'RNCP37274']);
  });

  it('filters by level, certificateur, NSF group, Formacode, kind, VAE and blocs', async () => {
    expect(codesOf(await search({ levels: ['3'], activeOnly: 'false' })).sort()).toEqual(['RNCP509']);
    expect(codesOf(await search({ levels: ['4'], activeOnly: 'false' }))).toContain('RNCP37231');
    expect(codesOf(await search({ certificateur: '11000007200014' })).sort()).toEqual(['RNCP37274', 'RNCP37674', 'RNCP37873']);
    expect(codesOf(await search({ nsf: '332' }))).toEqual(['RNCP36625']);
    // A three-digit group finds the specialities with a function letter (326t, 326m).
    expect(codesOf(await search({ nsf: '326', activeOnly: false }))).toEqual(expect.arrayContaining(['RNCP37674', 'RS5000']));
    expect(codesOf(await search({ formacode: '44028' }))).toEqual(['RNCP37231']);
    const rs = await search({ kind: 'rs', activeOnly: false });
    expect(rs.items.every((i) => i.kind === 'rs')).toBe(true);
    const notVae = await search({ vaeOpen: false, activeOnly: false });
    expect(notVae.items.every((i) => !i.vaeOpen)).toBe(true);
    expect(codesOf(notVae)).toContain('RS6232');
    const withBlocs = await search({ hasBlocs: true, q: 'conseiller' });
    expect(withBlocs.items.every((i) => i.blocCount > 0)).toBe(true);
    expect(codesOf(withBlocs)).toContain('RNCP37274');
  });

  it('shows only active records unless asked otherwise', async () => {
    const active = await search({ pageSize: 100 });
    const all = await search({ activeOnly: false, pageSize: 100 });
    expect(active.items.every((i) => i.active)).toBe(true);
    expect(all.total).toBeGreaterThan(active.total);
    expect(codesOf(all)).toContain('RNCP509');
    expect(codesOf(active)).not.toContain('RNCP509');
  });

  it('paginates without overlap and counts facets over every match', async () => {
    const first = await search({ activeOnly: false, pageSize: 10, page: 1 });
    const second = await search({ activeOnly: false, pageSize: 10, page: 2 });
    expect(first.items).toHaveLength(10);
    expect(codesOf(first).filter((c) => codesOf(second).includes(c))).toEqual([]);
    const total = await database.query<{ n: number }>('SELECT count(*)::int n FROM certifications');
    expect(first.total).toBe(total[0]?.n);
    expect(first.facets.levels.reduce((s, l) => s + l.count, 0)).toBe(first.total);
    expect(first.facets.kinds.reduce((s, k) => s + k.count, 0)).toBe(first.total);
    const level5 = first.facets.levels.find((l) => l.level === 5)?.count;
    expect((await search({ activeOnly: false, levels: 5 })).total).toBe(level5);
    const ministry = first.facets.certificateurs.find((f) => f.siret === '11000007200014');
    expect(ministry).toMatchObject({ count: 3 });
  });

  it('recounts facets of a filter-only search when the catalogue changes, not before', async () => {
    const before = await search({ activeOnly: false, levels: 3 });
    expect((await search({ activeOnly: false, levels: 3, page: 2 })).total).toBe(before.total);
    const [row] = await database.query<{ id: string }>("SELECT id FROM certifications WHERE code = 'RNCP37274'");
    await database.query('UPDATE certifications SET level = 3 WHERE id = $1', [row?.id]);
    try {
      const after = await search({ activeOnly: false, levels: 3 });
      expect(after.total).toBe(before.total + 1);
      expect(codesOf(after)).toContain('RNCP37274');
    } finally {
      await database.query('UPDATE certifications SET level = 6 WHERE id = $1', [row?.id]);
    }
    expect((await search({ activeOnly: false, levels: 3 })).total).toBe(before.total);
  });

  it('answers a mistyped word with the catalogue words it resembles', async () => {
    const words = await database.query<{ word: string }>("SELECT word FROM certification_words WHERE word IN ('insertion', 'conseiller')");
    expect(words.map((w) => w.word).sort()).toEqual(['conseiller', 'insertion']);
    const typo = await search({ q: 'insersion' });
    const right = await search({ q: 'insertion' });
    expect(codesOf(typo)).toEqual(expect.arrayContaining(codesOf(right).slice(0, 3)));
  });

  it('leaves the lexicon of lexemes current after the seed and each import', async () => {
    const [row] = await database.query<{ current: boolean; lexemes: number }>(
      'SELECT lexicon_revision = search_revision AS current, (SELECT count(*)::int FROM certification_lexemes) AS lexemes FROM certification_catalogue_revision',
    );
    expect(row).toEqual({ current: true, lexemes: expect.any(Number) });
    const [insert] = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM certification_lexemes WHERE lexeme IN ('insert', 'conseil')");
    expect(insert?.n).toBe(2);
  });

  it('refuses malformed filters', async () => {
    await expect(search({ rome: 'K18' })).rejects.toThrow(/Code ROME attendu/);
    await expect(search({ pageSize: 1000 })).rejects.toThrow();
    await expect(search({ unknown: 'x' } as never)).rejects.toThrow();
  });
});
