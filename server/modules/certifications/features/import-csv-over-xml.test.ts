import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { createTestDatabase } from '../../../test/test-database';
import { writeFileSync } from 'node:fs';
import { CSV_ZIP, makeTempDir, RS_XML, xmlWithFiches } from '../testing/sample-files';
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

describe('an XML export updating a record a CSV zip brought', () => {
  const tmp = makeTempDir();
  afterAll(() => tmp.cleanup());
  // The first RS sample fiche, renumbered as the CSV zip's RS6117 (its CCN file gives IDCC 3117).
  const asRs6117 = (fiche: string) => fiche.replace(/<NUMERO_FICHE>RS\d+<\/NUMERO_FICHE>/, '<NUMERO_FICHE>RS6117</NUMERO_FICHE>');

  it('keeps the IDCC codes when the fiche has no CODES_IDCC, and takes the fiche’s own when it has', async () => {
    await importCertifications({ database, filePath: CSV_ZIP, full: false });
    const idcc = async () => (await getCertification({ database, code: 'RS6117' })).codes.idcc;
    expect(await idcc()).toEqual([{ code: '3117', label: 'Boulangerie-pâtisserie (Entreprises artisanales)' }]);

    const without = tmp.file('without-idcc.xml');
    writeFileSync(without, xmlWithFiches(RS_XML, (fiches) => [asRs6117(fiches[0]!)]));
    expect(await importCertifications({ database, filePath: without, full: false })).toMatchObject({ status: 'completed', updated: 1 });
    const record = await getCertification({ database, code: 'RS6117' });
    expect(record.codes.idcc).toEqual([{ code: '3117', label: 'Boulangerie-pâtisserie (Entreprises artisanales)' }]);
    // What the XML states replaced the CSV's: its title and its Formacode list.
    expect(record.title).not.toBe('');
    expect(record.codes.formacode.length).toBeGreaterThan(0);

    const withIdcc = tmp.file('with-idcc.xml');
    const idccList = '<CODES_IDCC><IDCC><CODE>843</CODE><LIBELLE>Boulangerie-pâtisserie artisanale</LIBELLE></IDCC></CODES_IDCC>';
    writeFileSync(withIdcc, xmlWithFiches(RS_XML, (fiches) => [asRs6117(fiches[0]!).replace('</INTITULE>', `</INTITULE>${idccList}`)]));
    expect(await importCertifications({ database, filePath: withIdcc, full: false })).toMatchObject({ status: 'completed', updated: 1 });
    expect(await idcc()).toEqual([{ code: '843', label: 'Boulangerie-pâtisserie artisanale' }]);
  });
});
