import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../db/client';
import { createTestDatabase } from '../../test/test-database';
import { rowsOf } from './certifications.sql';
import { writeRecords } from './certifications.store';
import { searchBody } from './import/search-body';
import { fullRecord, TRICKY } from './testing/full-record';
import type { ParsedCertification } from './import/types';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const NOW = new Date('2026-12-07T10:00:00.000Z');

async function rowOf(code: string): Promise<Record<string, unknown>> {
  const [row] = await database.query<{ j: Record<string, unknown> }>(
    `SELECT to_jsonb(c) - 'id' - 'partners' - 'search_vector' - 'rank_vector' - 'search_text' - 'created_at' - 'updated_at' - 'imported_at'
       || jsonb_build_object('imported_at', c.imported_at = $2::timestamptz, 'updated_at', c.updated_at = $2::timestamptz) AS j
     FROM certifications c WHERE code = $1`,
    [code, NOW.toISOString()],
  );
  if (!row) throw new Error(`${code} absent`);
  return row.j;
}

async function childrenOf(code: string): Promise<Record<string, unknown>> {
  const [row] = await database.query<{ j: Record<string, unknown> }>(
    `SELECT jsonb_build_object(
       'certificateurs', (SELECT jsonb_agg(to_jsonb(x) - 'certification_id' - 'name_key' ORDER BY x.position) FROM certification_certificateurs x WHERE x.certification_id = c.id),
       'partners', c.partners,
       'blocs', (SELECT jsonb_agg(to_jsonb(x) - 'certification_id' - 'id' ORDER BY x.position) FROM certification_blocs x WHERE x.certification_id = c.id),
       'codes', (SELECT jsonb_agg(to_jsonb(x) - 'certification_id' ORDER BY x.position) FROM certification_codes x WHERE x.certification_id = c.id),
       'links', (SELECT jsonb_agg(to_jsonb(x) - 'certification_id' ORDER BY x.relation) FROM certification_links x WHERE x.certification_id = c.id)) AS j
     FROM certifications c WHERE code = $1`,
    [code],
  );
  return row?.j ?? {};
}

describe('writeRecords (set-based writes)', () => {
  it('writes every column of the record and of its children, escaping included', async () => {
    const record = fullRecord('RNCP99001');
    await database.db.transaction((tx) => writeRecords(tx, [{ record, hash: 'h1' }], { source: 'import', now: NOW }));
    expect(await rowOf('RNCP99001')).toEqual({
      code: 'RNCP99001', kind: 'rncp', number: 99001, source_fiche_id: '12345', title: record.title, short_title: 'NULL',
      short_title_code: '42', level: 6, level_code: 'NIV6', state: 'Publiée', active: true, registration_type: 'Enregistrement de droit',
      decision_date: '2024-02-29', effect_date: '2024-03-01', registration_end_date: '2029-03-01', last_jo_date: null,
      delivery_limit_date: '2029-12-31', publication_date: '2024-01-15', registration_duration_years: 5, partial_validation: false,
      partners_exist: null, accessible_new_caledonia: true, accessible_french_polynesia: false, activities: TRICKY,
      capacities: 'Capacités', sectors: null, jobs: 'Soudeur, chaudronnier', entry_prerequisites: '', validation_prerequisites: 'Aucun',
      objectives_context: 'Contexte', regulated_activities: null, skill_level: 'Niveau', description_url: 'https://example.org/a?b=1&c="2"',
      vae_open: true, access_routes: record.accessRoutes, statistics: record.statistics, publications: [],
      bloc_correspondences: record.blocCorrespondences, level_promotion_years: [2019, 2021], content_hash: 'h1', source: 'import',
      deactivated_at: null, imported_at: true, updated_at: true, bloc_count: 2,
      // The certificateur facet's entries, in the fiche's order (refresh_search).
      facet_sirets: ['11000007200014', null], facet_names: [`Ministère ${TRICKY}`, 'SNVEL'],
    });
    expect(await childrenOf('RNCP99001')).toEqual({
      certificateurs: [
        { position: 0, siret: '11000007200014', name: `Ministère ${TRICKY}`, state: 'Actif', state_changed_on: '2023-07-01', website: null },
        { position: 1, siret: null, name: 'SNVEL', state: null, state_changed_on: null, website: 'https://snvel.example' },
      ],
      // In the record, in the fiche's order.
      partners: [
        { siret: '19530081900016', name: 'AGRICAMPUS', habilitation: 'HABILITATION_ORGA_FORM', state: 'Actif', activeSince: '2025-03-28', stateChangedOn: null },
        { siret: null, name: 'NULL', habilitation: null, state: null, activeSince: null, stateChangedOn: '2025-01-02' },
      ],
      blocs: [
        { position: 0, code: 'RNCP99001BC01', label: 'Bloc un', competences: TRICKY, evaluation_methods: null, withdrawn_at: null },
        { position: 1, code: 'RNCP99001BC02', label: 'Bloc deux', competences: null, evaluation_methods: 'Mise en situation', withdrawn_at: null },
      ],
      codes: [
        { position: 0, system: 'rome', code: 'H2913', label: 'Soudage manuel' },
        { position: 1, system: 'nsf', code: '254s', label: null },
      ],
      links: [
        { relation: 'next', linked_code: 'RS2' },
        { relation: 'previous', linked_code: 'RNCP1' },
      ],
    });
    const [search] = await database.query<{ found: boolean }>(
      `SELECT search_vector @@ plainto_tsquery('fr_unaccent', 'chaudronnier') AS found FROM certifications WHERE code = 'RNCP99001'`,
    );
    expect(search?.found).toBe(true);
  });

  it('rewrites a record in place: same id, kept bloc keeps its id, children replaced, empty lists and nulls written', async () => {
    const [before] = await database.query<{ id: string; bloc_id: string }>(
      `SELECT c.id, b.id AS bloc_id FROM certifications c JOIN certification_blocs b ON b.certification_id = c.id AND b.code = 'RNCP99001BC02' WHERE c.code = 'RNCP99001'`,
    );
    const record: ParsedCertification = {
      ...fullRecord('RNCP99001'),
      level: null, active: false, levelPromotionYears: [], accessRoutes: [], partners: [], links: [], codes: [],
      blocs: [{ code: 'RNCP99001BC02', label: 'Bloc deux renommé', competences: null, evaluationMethods: null }],
    };
    const other = fullRecord('RNCP99002');
    await database.db.transaction((tx) => writeRecords(tx, [{ record, hash: 'h2' }, { record: other, hash: 'h3' }], { source: 'seed', now: NOW }));
    const row = await rowOf('RNCP99001');
    expect(row).toMatchObject({ level: null, active: false, level_promotion_years: [], access_routes: [], vae_open: false, content_hash: 'h2', source: 'seed', imported_at: null, bloc_count: 1 });
    const [after] = await database.query<{ id: string; bloc_id: string }>(
      `SELECT c.id, b.id AS bloc_id FROM certifications c JOIN certification_blocs b ON b.certification_id = c.id WHERE c.code = 'RNCP99001'`,
    );
    expect(after).toEqual(before);
    expect(await childrenOf('RNCP99001')).toMatchObject({
      partners: [], links: null, codes: null,
      blocs: [{ position: 0, code: 'RNCP99001BC02', label: 'Bloc deux renommé', competences: null, evaluation_methods: null }],
    });
    expect((await childrenOf('RNCP99002')).partners).toHaveLength(2);
  });

  it('a write that fails part-way inside its transaction leaves nothing of the batch behind', async () => {
    const good = fullRecord('RNCP99003');
    const bad = fullRecord('RNCP99004');
    // A SIRET the table's CHECK refuses: the records are written first, then the certificateurs fail.
    bad.certificateurs = [{ ...bad.certificateurs[0]!, siret: '123' }];
    await expect(
      database.db.transaction((tx) => writeRecords(tx, [{ record: good, hash: 'a' }, { record: bad, hash: 'b' }], { source: 'import', now: NOW })),
    ).rejects.toThrow();
    const left = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM certifications WHERE code IN ('RNCP99003', 'RNCP99004')`);
    expect(left[0]?.n).toBe(0);
  });

  it("refuses a partner's malformed SIRET in the record's list, and writes nothing", async () => {
    const record = fullRecord('RNCP99009');
    record.partners = [record.partners[0]!, { ...record.partners[0]!, siret: '1953008190001' }];
    await expect(
      database.db.transaction((tx) => writeRecords(tx, [{ record, hash: 'p' }], { source: 'import', now: NOW })),
    ).rejects.toThrow();
    expect(await database.query(`SELECT code FROM certifications WHERE code = 'RNCP99009'`)).toEqual([]);
    record.partners[1] = { ...record.partners[0]!, siret: null };
    await database.db.transaction((tx) => writeRecords(tx, [{ record, hash: 'p' }], { source: 'import', now: NOW }));
    expect((await childrenOf('RNCP99009')).partners).toHaveLength(2);
  });

  it('indexes the long texts by their distinct words with the same lexemes as the whole texts', async () => {
    const record: ParsedCertification = {
      ...fullRecord('RNCP99005'),
      activities: 'Accueillir les publics.\nAccueillir, orienter ; orienter les publics (aide-soignant) 10 000 fois',
      capacities: `Réaliser l’entretien. Réaliser l’entretien d’accueil. ${TRICKY}`,
      sectors: null,
      objectivesContext: 'Accueillir',
    };
    expect(searchBody(record).length).toBeLessThan(
      [record.activities, record.capacities, record.objectivesContext].join(' ').length,
    );
    await database.db.transaction((tx) => writeRecords(tx, [{ record, hash: 'v' }], { source: 'import', now: NOW }));
    const vectors = () =>
      database.query<{ lexemes: string[]; d: string[]; rank: string }>(
        `SELECT tsvector_to_array(search_vector) AS lexemes, tsvector_to_array(ts_filter(search_vector, '{d}')) AS d, rank_vector::text AS rank
         FROM certifications WHERE code = 'RNCP99005'`,
      );
    const [fromBodies] = await vectors();
    // Without bodies the function reads the whole texts from the record.
    await database.query(`SELECT certifications_refresh_search(ARRAY(SELECT id FROM certifications WHERE code = 'RNCP99005'))`);
    const [fromTexts] = await vectors();
    expect(fromBodies?.d).toEqual(expect.arrayContaining(['accueil', 'orient', 'aide-soign', 'entretien']));
    expect(fromBodies).toEqual(fromTexts);
  });

  it('writes the search columns the refresh computes from the stored rows, in every shape of record', async () => {
    const base = fullRecord('RNCP99006');
    const records: ParsedCertification[] = [
      {
        ...base,
        // Codes of every system, out of order: the vector takes formacode, nsf, rome, each in the fiche's order.
        codes: [
          { system: 'rome', code: 'K1801', label: 'Conseil en emploi' },
          { system: 'idcc', code: '0413', label: 'Établissements pour personnes inadaptées' },
          { system: 'formacode', code: '15081', label: null },
          { system: 'nsf', code: '332t', label: 'Travail social' },
          { system: 'rome', code: 'K1205', label: 'Information sociale' },
          { system: 'formacode', code: '44028', label: 'Insertion professionnelle' },
        ],
        // The same SIRET twice with two spellings, and a name without SIRET in two cases.
        certificateurs: [
          { ...base.certificateurs[0]!, siret: '11000007200014', name: 'Ministère B' },
          { ...base.certificateurs[0]!, siret: null, name: 'snvel' },
          { ...base.certificateurs[0]!, siret: '11000007200014', name: 'Ministère A' },
          { ...base.certificateurs[0]!, siret: null, name: 'SNVEL' },
        ],
      },
      { ...fullRecord('RNCP99007'), shortTitle: null, jobs: null, codes: [], certificateurs: [], blocs: [], activities: null, capacities: null, sectors: null, objectivesContext: null },
      fullRecord('RNCP99008'),
    ];
    await database.db.transaction((tx) => writeRecords(tx, records.map((record, i) => ({ record, hash: `s${i}` })), { source: 'import', now: NOW }));
    const codes = records.map((r) => r.code);
    const columns = () =>
      database.query(
        `SELECT code, search_text, search_vector::text, rank_vector::text, bloc_count, facet_sirets, facet_names
         FROM certifications WHERE code = ANY($1::text[]) ORDER BY code`,
        [codes],
      );
    const written = await columns();
    await database.query(
      `SELECT certifications_refresh_search(ARRAY(SELECT id FROM unnest($1::text[]) WITH ORDINALITY AS k(code, n) JOIN certifications USING (code) ORDER BY n), $2::text[])`,
      [codes, records.map(searchBody)],
    );
    expect(written).toHaveLength(3);
    // Which spelling of "snvel" is the smaller depends on the collation; the SIRET's is not.
    expect(written[0]).toMatchObject({ code: 'RNCP99006', facet_sirets: expect.arrayContaining(['11000007200014', null]) });
    expect(written[0]?.facet_names).toEqual(expect.arrayContaining(['Ministère A']));
    expect(written[0]?.facet_names).toHaveLength(2);
    expect(written[1]).toMatchObject({ code: 'RNCP99007', bloc_count: 0, facet_sirets: [], facet_names: [] });
    expect(await columns()).toEqual(written);
  });
});

// Batches of an import may be written by several connections at once (on a PostgreSQL server):
// the facets' revision must still move with the writes it counts, and no batch may wait for
// another's commit to write its own records.

/** The facets' revision and the search vectors' revision. */
async function revisionsOf(executor: Executor): Promise<{ facets: number; search: number }> {
  const [row] = rowsOf<{ facets: string; search: string }>(
    await executor.execute(sql`SELECT revision::text AS facets, search_revision::text AS search FROM certification_catalogue_revision`),
  );
  return { facets: Number(row?.facets), search: Number(row?.search) };
}

const after = (before: { facets: number; search: number }, n: number) => ({ facets: before.facets + n, search: before.search + n });

async function codesPresent(codes: string[]): Promise<string[]> {
  const rows = await database.query<{ code: string }>('SELECT code FROM certifications WHERE code = ANY($1::text[]) ORDER BY code', [codes]);
  return rows.map((r) => r.code);
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => (resolve = res));
  return { promise, resolve };
}

describe('catalogue writes in concurrent transactions', () => {
  it('bumps the revisions once per transaction, as it commits', async () => {
    const before = await revisionsOf(database.db);
    let inside = { facets: -1, search: -1 };
    await database.db.transaction(async (tx) => {
      // Several statements on the four counted tables: records, certificateurs, codes, blocs.
      await writeRecords(tx, [{ record: fullRecord('RNCP90001'), hash: 'a' }, { record: fullRecord('RNCP90002'), hash: 'b' }], { source: 'import', now: NOW });
      inside = await revisionsOf(tx);
    });
    expect(inside).toEqual(before);
    expect(await revisionsOf(database.db)).toEqual(after(before, 1));
  });

  it('a write rolled back leaves the revisions as they were', async () => {
    const before = await revisionsOf(database.db);
    await expect(
      database.db.transaction(async (tx) => {
        await writeRecords(tx, [{ record: fullRecord('RNCP90003'), hash: 'c' }], { source: 'import', now: NOW });
        throw new Error('annulé pour le test');
      }),
    ).rejects.toThrow('annulé pour le test');
    expect(await revisionsOf(database.db)).toEqual(before);
    expect(await codesPresent(['RNCP90003'])).toEqual([]);
  });

  // The importer's way on PGlite (WriteRecordsOptions.skipRowTriggers): same rows, same bump.
  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))('with the row triggers off, writes the same children and still bumps the revisions once', async () => {
    await database.db.transaction((tx) => writeRecords(tx, [{ record: fullRecord('RNCP90021'), hash: 'a' }], { source: 'import', now: NOW }));
    const before = await revisionsOf(database.db);
    await database.db.transaction(async (tx) => {
      await writeRecords(tx, [{ record: fullRecord('RNCP90022'), hash: 'a' }], { source: 'import', now: NOW, skipRowTriggers: true });
      // Back to the triggers on for what follows in the transaction.
      const [role] = rowsOf<{ role: string }>(await tx.execute(sql`SELECT current_setting('session_replication_role') AS role`));
      expect(role?.role).toBe('origin');
    });
    expect(await revisionsOf(database.db)).toEqual(after(before, 1));
    const children = async (code: string) =>
      database.query<{ t: string; n: number }>(
        `SELECT t, count(*)::int AS n FROM (
          SELECT 'blocs' AS t FROM certification_blocs x JOIN certifications c ON c.id = x.certification_id WHERE c.code = $1
          UNION ALL SELECT 'codes' FROM certification_codes x JOIN certifications c ON c.id = x.certification_id WHERE c.code = $1
          UNION ALL SELECT 'certificateurs' FROM certification_certificateurs x JOIN certifications c ON c.id = x.certification_id WHERE c.code = $1
          UNION ALL SELECT 'links' FROM certification_links x JOIN certifications c ON c.id = x.certification_id WHERE c.code = $1) k
        GROUP BY t ORDER BY t`,
        [code],
      );
    const withTriggers = await children('RNCP90021');
    expect(withTriggers.length).toBe(4);
    expect(await children('RNCP90022')).toEqual(withTriggers);

    // Updated with the triggers off, in a transaction rolled back: nothing moves.
    const unchanged = await revisionsOf(database.db);
    await expect(
      database.db.transaction(async (tx) => {
        await writeRecords(tx, [{ record: fullRecord('RNCP90022'), hash: 'b' }], { source: 'import', now: NOW, skipRowTriggers: true });
        throw new Error('annulé pour le test');
      }),
    ).rejects.toThrow('annulé pour le test');
    expect(await revisionsOf(database.db)).toEqual(unchanged);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('a batch commits while another one is still open, without waiting for it', async () => {
    const before = await revisionsOf(database.db);
    const firstWritten = deferred();
    const release = deferred();
    const first = database.db.transaction(async (tx) => {
      await writeRecords(tx, [{ record: fullRecord('RNCP90011'), hash: 'a' }], { source: 'import', now: NOW });
      firstWritten.resolve();
      await release.promise;
    });
    await firstWritten.promise;
    // Waiting on the open transaction would fail here rather than hang the suite.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL lock_timeout = '5s'`);
      await writeRecords(tx, [{ record: fullRecord('RNCP90012'), hash: 'b' }], { source: 'import', now: NOW });
    });
    expect(await codesPresent(['RNCP90011', 'RNCP90012'])).toEqual(['RNCP90012']);
    expect(await revisionsOf(database.db)).toEqual(after(before, 1));
    release.resolve();
    await first;
    expect(await codesPresent(['RNCP90011', 'RNCP90012'])).toEqual(['RNCP90011', 'RNCP90012']);
    expect(await revisionsOf(database.db)).toEqual(after(before, 2));
  });
});
