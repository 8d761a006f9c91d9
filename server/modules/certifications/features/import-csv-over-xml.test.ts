import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { createTestDatabase } from '../../../test/test-database';
import { CSV_ZIP } from '../testing/sample-files';
import { getCertification } from './get-certification';
import { importCertifications } from './import-certifications';
import { searchCertifications } from './search-certifications';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('a CSV zip updating records an XML export brought', () => {
  it('keeps what the CSV does not carry (long texts, competences, statistics) and finds the record by it', async () => {
    expect(await importCertifications({ database, filePath: CSV_ZIP, full: false })).toMatchObject({ status: 'completed', created: 9 });
    // What an XML export gives RNCP509 beside the CSV's columns; another hash, as another file's.
    await database.exec(`
      UPDATE certifications SET activities = 'Le titulaire accorde les xylophones de concert.', jobs = '- Luthier',
        statistics = '[{"year": 2022, "certified": 40, "certifiedByVae": 3, "insertionRate6Months": null, "jobInsertionRate2Years": null}]',
        content_hash = 'from-xml'
      WHERE code = 'RNCP509';
      UPDATE certification_blocs SET competences = '- Accorder un xylophone', evaluation_methods = 'Mise en situation'
      WHERE code = 'RNCP509BC01';
      SELECT certifications_refresh_search(ARRAY(SELECT id FROM certifications WHERE code = 'RNCP509'));`);
    const before = await getCertification({ database, code: 'RNCP509' });

    const report = await importCertifications({ database, filePath: CSV_ZIP, full: false });
    expect(report).toMatchObject({ status: 'completed', updated: 1, unchanged: 8, rejected: [] });

    const after = await getCertification({ database, code: 'RNCP509' });
    expect(after.texts.activities).toBe('Le titulaire accorde les xylophones de concert.');
    expect(after.texts.jobs).toEqual(before.texts.jobs);
    expect(after.statistics).toHaveLength(1);
    expect(after.statistics).toEqual(before.statistics);
    const bloc = after.blocs.find((b) => b.code === 'RNCP509BC01');
    expect([bloc?.competences, bloc?.evaluationMethods]).toEqual(['- Accorder un xylophone', 'Mise en situation']);
    // What the CSV does carry is its own: the title and blocs as the file gives them.
    expect(after.title).toBe(before.title);
    expect(after.blocs.map((b) => b.code)).toEqual(before.blocs.map((b) => b.code));
    // The search columns come from the stored row, kept texts included.
    const found = await searchCertifications({ database, query: { q: 'xylophones', activeOnly: false } });
    expect(found.items.map((i) => i.code)).toEqual(['RNCP509']);

    // A second import of the same CSV finds nothing to change.
    expect(await importCertifications({ database, filePath: CSV_ZIP, full: false })).toMatchObject({ updated: 0, unchanged: 9 });
  });
});
