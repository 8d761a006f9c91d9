import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { createTestDatabase } from '../../../test/test-database';
import { refreshLexicon, writeRecords } from '../certifications.store';
import { fullRecord } from '../testing/full-record';
import { searchCertifications } from './search-certifications';
import { lookUpTokens, matchQuery } from './search-terms';
import type { TokenLookup } from './search-terms';

// 300 records: three forms of "manager" whose stems differ ('manag', 'manager', 'managerial'), and
// a quarter without any. The 75 "Managers" records list one certificateur twice, spelt two ways.
const TITLES = ['Manager d’équipe commerciale', 'Managers de proximité', 'Encadrement managérial', 'Technicien de maintenance'];
const RECORDS = 300;
const MATCHING = (RECORDS / 4) * 3;
const TWICE_LISTED = '13000000000001';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  const items = Array.from({ length: RECORDS }, (_, i) => {
    const record = { ...fullRecord(`RNCP${90000 + i}`), title: `${TITLES[i % 4]} ${i}`, shortTitle: null };
    if (i % 4 === 1) {
      const certificateur = { state: null, stateChangedOn: null, website: null };
      record.certificateurs = [
        { ...certificateur, siret: TWICE_LISTED, name: 'Zeta formation' },
        { ...certificateur, siret: TWICE_LISTED, name: 'Alpha formation' },
      ];
    }
    return { record, hash: `h${i}` };
  });
  await database.db.transaction((tx) => writeRecords(tx, items, { source: 'import', now: new Date('2026-12-01T00:00:00Z') }));
});
afterAll(async () => database.close());

const revisions = async () =>
  (await database.query<{ search: number; lexicon: number }>('SELECT search_revision::int AS search, lexicon_revision::int AS lexicon FROM certification_catalogue_revision'))[0];
const lookUp = (tokens: string[]) => database.db.transaction((tx) => lookUpTokens(tx, tokens));
const search = (query: Parameters<typeof searchCertifications>[0]['query']) => searchCertifications({ database, query });

describe('search by the lexicon of lexemes', () => {
  it('names the lexemes that start with a stem only once the lexicon is brought up to the vectors, and finds the same records either way', async () => {
    const before = await revisions();
    expect(before?.lexicon).not.toBe(before?.search);
    expect((await lookUp(['manager'])).expansions.size).toBe(0);
    const withoutLexicon = await search({ q: 'manager', pageSize: 100 });

    await database.db.transaction((tx) => refreshLexicon(tx));
    const after = await revisions();
    expect(after?.lexicon).toBe(after?.search);
    expect((await lookUp(['manager'])).expansions.get('manager')).toEqual(expect.arrayContaining(['manag', 'manager', 'managerial']));
    const withLexicon = await search({ q: 'manager', pageSize: 100 });

    expect(withLexicon.total).toBe(MATCHING);
    expect(withLexicon).toEqual(withoutLexicon);
  });

  it('pages through every match once, in one order whatever the page size, the reranked best first', async () => {
    await database.db.transaction((tx) => refreshLexicon(tx));
    const pages = async (pageSize: number) => {
      const items = [];
      for (let page = 1; (page - 1) * pageSize < MATCHING; page++) items.push(...(await search({ q: 'manager', pageSize, page })).items);
      return items;
    };
    // 15 a page puts one page across the 200th match, where the reranked best end.
    const byFifteen = await pages(15);
    const byHundred = await pages(100);
    expect(new Set(byFifteen.map((i) => i.code)).size).toBe(MATCHING);
    expect(byFifteen.map((i) => i.code)).toEqual(byHundred.map((i) => i.code));
    const scores = byFifteen.map((i) => i.score ?? 0);
    expect(Math.min(...scores.slice(0, 200))).toBeGreaterThanOrEqual(Math.max(...scores.slice(200)));
  });

  it('counts a certificateur once per record, under its smallest spelling', async () => {
    const result = await search({ q: 'manager', activeOnly: false });
    const twice = result.facets.certificateurs.find((f) => f.siret === TWICE_LISTED);
    expect(twice).toEqual({ siret: TWICE_LISTED, name: 'Alpha formation', count: RECORDS / 4 });
    const filtered = await search({ q: 'manager', certificateur: TWICE_LISTED });
    expect(filtered.total).toBe(RECORDS / 4);
  });
});

describe('matchQuery', () => {
  const lookup = (over: Partial<TokenLookup>): TokenLookup => ({ expansions: new Map(), alternatives: new Map(), alternativeLexemes: new Map(), ...over });

  it('requires each token by its named lexemes or words it resembles, or else by its prefix through to_tsquery', () => {
    const q = matchQuery(
      ['manager', 'equipe', 'insersion', 'bts'],
      lookup({
        expansions: new Map([['manager', ['manag', 'managerial']], ['insersion', []]]),
        alternatives: new Map([['insersion', ['insertion']], ['equipe', ['equipes']]]),
        alternativeLexemes: new Map([['insersion', ['insert']], ['equipe', ['equip']]]),
      }),
    );
    expect(q).toEqual({ lexemes: "('manag' | 'managerial') & ('insert')", text: '(equipe:* | equipes) & (bts:*)' });
  });

  it('quotes lexemes, and gives nothing to find when a token can match nothing', () => {
    expect(matchQuery(['oneil'], lookup({ expansions: new Map([['oneil', ["o'neil\\"]]]) }))).toEqual({ lexemes: "('o''neil\\\\')", text: null });
    expect(matchQuery(['zzyzx', 'manager'], lookup({ expansions: new Map([['zzyzx', []], ['manager', ['manag']]]) }))).toBeNull();
  });
});
