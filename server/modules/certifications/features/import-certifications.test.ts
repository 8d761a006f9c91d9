import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { createTestDatabase } from '../../../test/test-database';
import { CSV_ZIP, makeTempDir, RNCP_XML, RS_XML, xmlWithFiches } from '../testing/sample-files';
import { getCertification } from './get-certification';
import { importCertifications } from './import-certifications';

let database: Database;
const temp = makeTempDir();

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
  temp.cleanup();
});

describe('importCertifications with the sample exports', () => {
  it('imports the RNCP XML sample field by field', async () => {
    const report = await importCertifications({ database, filePath: RNCP_XML, full: true });
    expect(report).toMatchObject({ status: 'completed', format: 'xml', version: '4.1', read: 12, created: 12, updated: 0, unchanged: 0, rejected: [], error: null });

    const vet = await getCertification({ database, code: 'RNCP40344' });
    expect(vet).toMatchObject({
      title: 'Auxiliaire spécialisé vétérinaire',
      kind: 'rncp',
      level: 4,
      state: 'Modifications à valider',
      active: true,
      registrationType: 'Enregistrement sur demande',
      registrationDurationYears: 3,
      dates: { decision: '2025-03-28', registrationEnd: '2028-03-28', deliveryLimit: '2032-03-28', effect: null },
      vaeOpen: true,
      previousCodes: ['RNCP37507'],
      nextCodes: [],
    });
    expect(vet.certificateurs.map((c) => [c.siret, c.name])).toEqual([
      ['52875765100013', 'ANIMAL PRO FORMATION'],
      [null, 'SNVEL'],
    ]);
    expect(vet.blocs.map((b) => [b.code, b.label])).toEqual([
      ['RNCP40344BC01', 'Conseiller la clientèle du vétérinaire'],
      ['RNCP40344BC02', 'Contribuer à l’organisation interne de l’établissement de soins vétérinaires'],
      ['RNCP40344BC03', 'Maintenir l’hygiène au sein de l’établissement de soins vétérinaires'],
      ['RNCP40344BC04', 'Assister le vétérinaire en soins et en chirurgie'],
    ]);
    expect(vet.blocs[0]?.competences).toMatch(/^Accueillir un propriétaire d'animal, en gérant son attente au standard ou au comptoir/);
    expect(vet.codes.rome.map((k) => k.code)).toEqual(['A1500', 'M1601', 'D1210', 'A1504']);
    expect(vet.codes.rome[1]).toEqual({ code: 'M1601', label: 'Accueil et renseignements' });
    expect(vet.codes.nsf).toEqual([{ code: '212t', label: 'Soins des animaux, soins vétérinaires' }]);
    expect(vet.codes.formacode).toEqual([{ code: '42022', label: 'Médecine vétérinaire' }]);
    expect(vet.statistics).toContainEqual({ year: 2023, certified: 908, certifiedByVae: 228, insertionRate6Months: 95, jobInsertionRate2Years: null });
    expect(vet.accessRoutes.find((a) => a.route === 'vae')?.juryComposition).toMatch(/^Le jury national de certification est composé de :\n\* 1 docteur vétérinai/);
    expect(vet.accessRoutes.find((a) => a.route === 'initial_training')).toMatchObject({ active: false, juryComposition: null });
    expect(vet.partners.total).toBe(24);
    expect(vet.partners.items[0]).toEqual({ name: 'AGRICAMPUS LAVAL', siret: '19530081900016', habilitation: 'HABILITATION_ORGA_FORM', state: 'Actif', activeSince: '2025-03-28', stateChangedOn: expect.any(String) as string });
    expect(vet.blocCorrespondences).toHaveLength(8);
    expect(vet.blocCorrespondences[0]).toEqual({ sourceBlocCodes: ['RNCP40344BC04'], targetCode: 'RNCP37507', targetBlocCodes: ['RNCP37507BC04'] });

    const web = await getCertification({ database, code: 'RNCP37674' });
    expect(web).toMatchObject({
      title: 'Développeur web et web mobile',
      level: 5,
      state: 'Publiée',
      dates: { effect: '2023-09-01', registrationEnd: '2028-09-01', publication: '2023-06-12', decision: null },
      previousCodes: ['RNCP31114'],
    });
    expect(web.certificateurs).toEqual([
      { siret: '11000007200014', name: "MINISTERE DU TRAVAIL DU PLEIN EMPLOI ET DE L' INSERTION", state: 'Actif', stateChangedOn: '2023-07-01', website: null },
    ]);
    expect(web.codes.formacode.map((k) => k.code)).toEqual(['31090', '46357', '31006', '70710']);
    expect(web.statistics).toEqual([{ year: 2021, certified: 3899, certifiedByVae: 0, insertionRate6Months: 60, jobInsertionRate2Years: expect.anything() as number }]);
    expect(web.partners.total).toBe(471);
    // The record page shows the first 200, in the fiche's order.
    expect(web.partners.items).toHaveLength(200);
  });

  it('imports the RS XML sample', async () => {
    const report = await importCertifications({ database, filePath: RS_XML, full: true });
    expect(report).toMatchObject({ status: 'completed', read: 8, created: 8, rejected: [] });
    const rs = await getCertification({ database, code: 'RS6232' });
    expect(rs).toMatchObject({
      kind: 'rs',
      level: null,
      active: false,
      partialValidation: false,
      registrationDurationYears: 3,
      dates: { decision: '2023-01-25', registrationEnd: '2026-01-25', deliveryLimit: '2026-07-25' },
      texts: { skillLevel: 'sans objet' },
    });
    expect(rs.texts.capacities).toMatch(/^- Analyser la commande du donneur d’ordre/);
    expect(rs.certificateurs[0]).toMatchObject({ siret: '93905426800023', name: 'ADXF2', state: 'Actif' });
    expect(rs.accessRoutes.find((a) => a.route === 'continuing_education')?.juryComposition).toBe(
      "Un représentant de l'organisme de certification, un référent métier maritime et un référent amiante.",
    );
  });

  // On a PostgreSQL server, autovacuum does it.
  it.skipIf(process.env.TEST_DATABASE_URL)('on PGlite, leaves the planner statistics of the catalogue up to date, without statistics of the long texts', async () => {
    // The first import above changed the catalogue; nothing else analyses it on PGlite.
    const [tables] = await database.query<{ counted: number; estimated: number; blocs: number; estimated_blocs: number }>(
      `SELECT (SELECT count(*)::int FROM certifications) AS counted, (SELECT reltuples::int FROM pg_class WHERE relname = 'certifications') AS estimated,
              (SELECT count(*)::int FROM certification_blocs) AS blocs, (SELECT reltuples::int FROM pg_class WHERE relname = 'certification_blocs') AS estimated_blocs`,
    );
    expect(tables?.estimated).toBe(tables?.counted);
    expect(tables?.estimated_blocs).toBe(tables?.blocs);
    const columns = await database.query<{ attname: string }>(`SELECT attname FROM pg_stats WHERE tablename = 'certifications' ORDER BY attname`);
    const analysed = columns.map((c) => c.attname);
    expect(analysed).toEqual(expect.arrayContaining(['level', 'active', 'search_vector']));
    expect(analysed).not.toContain('activities');
  });

  it('a second import of the same file reports every record unchanged and writes nothing', async () => {
    const before = await database.query<{ code: string; updated_at: Date }>('SELECT code, updated_at FROM certifications ORDER BY code');
    const report = await importCertifications({ database, filePath: RNCP_XML, full: true });
    expect(report).toMatchObject({ status: 'completed', read: 12, created: 0, updated: 0, unchanged: 12, deactivated: 0 });
    const after = await database.query<{ code: string; updated_at: Date }>('SELECT code, updated_at FROM certifications ORDER BY code');
    expect(after).toEqual(before);
  });

  it('imports the CSV zip (accented entry names without the UTF-8 flag), cleaning SIRET, labels and dates', async () => {
    const report = await importCertifications({ database, filePath: CSV_ZIP, full: false });
    expect(report).toMatchObject({ status: 'completed', format: 'csv-zip', read: 9, rejected: [], deactivated: 0 });
    // RS5000 was also in the RS XML sample: the CSV carries other fields, so it is an update.
    expect(report.created + report.updated).toBe(9);
    expect(report.updated).toBe(1);

    const cap = await getCertification({ database, code: 'RNCP509' });
    expect(cap).toMatchObject({
      title: "Agent vérificateur d'appareils extincteurs",
      shortTitleCode: 'CAP',
      shortTitle: "Certificat d'aptitude professionnelle",
      level: 3,
      active: false,
      dates: { registrationEnd: '2023-08-31', lastJo: null },
      nextCodes: ['RNCP38228'],
    });
    expect(cap.certificateurs[0]).toMatchObject({ siret: '11004301500012', name: "MINISTERE DE L'EDUCATION NATIONALE ET DE LA JEUNESSE" });
    expect(cap.codes.nsf).toEqual([{ code: '251', label: 'Mécanique générale et de précision, usinage' }]);
    expect(cap.codes.formacode).toEqual([{ code: '42872', label: 'Sécurité incendie' }]);
    expect(cap.blocs.map((b) => b.code)).toEqual(['RNCP509BC05', 'RNCP509BC06', 'RNCP509BC01', 'RNCP509BC02', 'RNCP509BC03', 'RNCP509BC04']);
    expect(cap.accessRoutes.filter((a) => a.active).map((a) => a.route).sort()).toEqual(
      ['apprenticeship', 'continuing_education', 'individual_application', 'initial_training', 'professionalisation_contract', 'vae'],
    );

    const chef = await getCertification({ database, code: 'RNCP4049' });
    expect(chef.codes.rome).toContainEqual({ code: 'H1102', label: "Management et ingénierie d'affaires" });
    expect(chef.dates.lastJo).toBe('2011-02-02');
    expect(chef.previousCodes).toEqual(['RNCP1197']);
    expect(chef.nextCodes).toEqual(['RNCP22094']);
    // Both are fiches of the same zip: the page links to them.
    expect(chef.codesInCatalogue).toEqual(['RNCP1197', 'RNCP22094']);

    const tourier = await getCertification({ database, code: 'RS6117' });
    expect(tourier).toMatchObject({ active: true, level: null, partialValidation: false, dates: { decision: '2022-09-29', registrationEnd: '2025-09-29' } });
    expect(tourier.codes.idcc).toEqual([{ code: '3117', label: 'Boulangerie-pâtisserie (Entreprises artisanales)' }]);
    expect(tourier.partners.items.map((p) => p.siret)).toContain('31504294500032');
    expect(tourier.accessRoutes.find((a) => a.route === 'vae')?.active).toBe(true);
    const cqp = await getCertification({ database, code: 'RNCP19468' });
    expect(cqp).toMatchObject({ level: null, shortTitle: null });
  });

  it('a full import deactivates the imported records of its kinds that it no longer holds, and reactivates them when back', async () => {
    const partial = temp.file('rncp-first-three.xml');
    writeFileSync(partial, xmlWithFiches(RNCP_XML, (fiches) => fiches.slice(0, 3)));
    const report = await importCertifications({ database, filePath: partial, full: true });
    // Every RNCP record that came from an import and is not among these three is deactivated.
    const rncpImported = await database.query<{ n: number }>("SELECT count(*)::int n FROM certifications WHERE kind = 'rncp' AND source = 'import'");
    expect(report).toMatchObject({ status: 'completed', unchanged: 3, deactivated: (rncpImported[0]?.n ?? 0) - 3 });
    const rows = await database.query<{ code: string; active: boolean; deactivated: boolean }>(
      'SELECT code, active, deactivated_at IS NOT NULL AS deactivated FROM certifications ORDER BY code',
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('RNCP40344')).toMatchObject({ active: false, deactivated: true });
    expect(byCode.get('RNCP34762')).toMatchObject({ deactivated: false });
    // RS records are not judged by an RNCP-only file.
    expect(byCode.get('RS6547')).toMatchObject({ active: true, deactivated: false });
    expect(rows.length).toBeGreaterThan(20);

    const again = await importCertifications({ database, filePath: RNCP_XML, full: false });
    expect(again).toMatchObject({ updated: 9, unchanged: 3, deactivated: 0 });
    const vet = await getCertification({ database, code: 'RNCP40344' });
    expect(vet).toMatchObject({ active: true, deactivatedAt: null });
  });

  it('a full export that leaves out too many active records deactivates none and says why; forced, it deactivates them', async () => {
    const partial = temp.file('rncp-first-three-again.xml');
    writeFileSync(partial, xmlWithFiches(RNCP_XML, (fiches) => fiches.slice(0, 3)));
    const activeBefore = async () =>
      (await database.query<{ n: number }>("SELECT count(*)::int n FROM certifications WHERE kind = 'rncp' AND source = 'import' AND deactivated_at IS NULL"))[0]?.n ?? 0;
    const active = await activeBefore();
    expect(active).toBeGreaterThan(6);
    const guard = { minRecords: 2, share: 0.2 };

    const stopped = await importCertifications({ database, filePath: partial, full: true, deactivationGuard: guard });
    expect(stopped).toMatchObject({ status: 'completed', deactivated: 0 });
    expect(stopped.warnings).toEqual([
      {
        code: 'DEACTIVATION_SKIPPED',
        reason: `Fichier importé comme export complet, mais ${active - 3} des ${active} fiches actives de ce répertoire en sont absentes : aucune n’a été désactivée. S’il s’agit bien de l’export complet, relancez l’import en forçant les désactivations ; sinon, importez-le comme export partiel.`,
      },
    ]);
    expect(await activeBefore()).toBe(active);

    // Under the guard's limit, the usual full import.
    const fewMissing = await importCertifications({ database, filePath: partial, full: true, deactivationGuard: { minRecords: active, share: 0.2 } });
    expect(fewMissing).toMatchObject({ deactivated: active - 3, warnings: [] });
    await importCertifications({ database, filePath: RNCP_XML, full: false });
    expect(await activeBefore()).toBe(active);

    const forced = await importCertifications({ database, filePath: partial, full: true, deactivationGuard: guard, forceDeactivation: true });
    expect(forced).toMatchObject({ deactivated: active - 3, warnings: [] });
    expect(await activeBefore()).toBe(3);
    await importCertifications({ database, filePath: RNCP_XML, full: false });
    expect(await activeBefore()).toBe(active);
  });

  it('records every run with its counts', async () => {
    const runs = await database.query<{ file_name: string; status: string; created: number; unchanged: number }>(
      'SELECT file_name, status, created, unchanged FROM certification_import_runs ORDER BY started_at',
    );
    expect(runs[0]).toEqual({ file_name: 'export_fiches_RNCP_fixture.xml', status: 'completed', created: 12, unchanged: 0 });
    expect(runs.length).toBe(11);
  });
});
