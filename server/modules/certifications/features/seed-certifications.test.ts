import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { createTestDatabase } from '../../../test/test-database';
import { AppError } from '../../../lib/errors';
import { CSV_ZIP } from '../testing/sample-files';
import { getCertification } from './get-certification';
import { importCertifications } from './import-certifications';
import { loadNomenclatures } from './load-nomenclatures';
import { loadSeedFiles, SEED_DIR, seedCertifications } from './seed-certifications';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('seedCertifications', () => {
  it('loads the three reference certifications, then finds nothing to do on a second run', async () => {
    expect(await seedCertifications(database)).toEqual({ created: 3, updated: 0, unchanged: 0, keptImported: 0, enrichmentsWritten: 3 });
    expect(await seedCertifications(database)).toEqual({ created: 0, updated: 0, unchanged: 3, keptImported: 0, enrichmentsWritten: 0 });
    expect(await loadNomenclatures(database)).toMatchObject({ written: expect.any(Number) as number });
    expect(await loadNomenclatures(database)).toEqual({ written: 0 });
  });

  it('RNCP37231 (Bac Pro ASSP) carries the DAVA, the Livrets, the 45-minute jury, rates, dispenses and the aide-soignant bridge', async () => {
    const assp = await getCertification({ database, code: 'RNCP37231' });
    expect(assp).toMatchObject({ level: 4, levelLabel: 'Niveau 4 – baccalauréat', source: 'seed', vaeOpen: true, dates: { registrationEnd: '2027-08-31', lastJo: '2022-09-01' } });
    expect(assp.certificateurs[0]?.name).toBe("Ministère de l'Éducation nationale et de la Jeunesse");
    expect(assp.codes.formacode).toEqual([{ code: '44028', label: 'Accompagnement éducatif et social' }]);
    expect(assp.texts.jobs).toContain('- assistant ou assistante de soins');
    const e = assp.enrichment!;
    expect(e.vaeFiling).toMatchObject({ feasibilityFile: 'Livret 1', validationFile: 'Livret 2' });
    expect(e.vaeFiling?.filingBody).toMatch(/^DAVA/);
    expect(e.jury).toMatchObject({ durationMinutes: 45, presentationMinutes: 10 });
    expect(e.validationRates).toMatchObject({ total: 0, partial: 100, refusal: 0 });
    expect(e.equivalences).toContainEqual(expect.objectContaining({ target: "Diplôme d'État d'Aide-Soignant", modulesExempted: 5, modulesTotal: 8 }));
    expect(e.dispenses[0]?.description).toMatch(/unités générales/);
    expect(e.insertion).toMatchObject({ source: 'InserJeunes', year: 2023 });
    expect(e.insertion?.rates).toContainEqual({ label: "Taux d'insertion global dans l'emploi (national)", value: 29 });
  });

  it('RNCP36625 (CNAM) carries ROME K1801, its 12 teaching units with ECTS and hours, and prices by funding route', async () => {
    const cnam = await getCertification({ database, code: 'RNCP36625' });
    expect(cnam.codes.rome.map((k) => k.code)).toContain('K1801');
    expect(cnam.codes.nsf).toEqual([{ code: '332', label: 'Travail social' }]);
    const training = cnam.enrichment!.training!;
    expect(training).toMatchObject({ totalHours: 657, totalEcts: 120, accreditationUntil: '2027-07-01' });
    const teaching = training.units.filter((u) => u.kind === 'teaching');
    expect(teaching).toHaveLength(12);
    expect(teaching.find((u) => u.code === 'TET003')).toMatchObject({ ects: 8, hours: 69 });
    expect(training.units.find((u) => u.code === 'FPG003')?.semesters).toContainEqual({ academicYear: '2023/2024', period: 'Semestre 2' });
    expect(cnam.enrichment!.prices.map((p) => [p.fundingRoute, p.amountEuros])).toEqual([
      ['cpf', 6225],
      ['employer', 12450],
      ['france_travail', 6225],
      ['region_cofunding', 1918],
      ['region_cofunding', 1534],
    ]);
  });

  it('RNCP37274 carries its 3 blocs with the competences as worded in the seed', async () => {
    const cip = await getCertification({ database, code: 'RNCP37274' });
    expect(cip.blocs.map((b) => b.label)).toEqual([
      "Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé",
      "Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
      "Mettre en œuvre une offre de services auprès des employeurs pour favoriser l'insertion professionnelle",
    ]);
    expect(cip.blocs[1]?.competences?.split('\n')).toHaveLength(6);
    expect(cip.blocs[2]?.competences).toContain('- Apporter un appui technique aux employeurs dans leurs démarches de recrutement.');
    expect(cip.enrichment?.blocNotes.map((n) => n.blocCode)).toEqual(['RNCP37274BC01', 'RNCP37274BC02', 'RNCP37274BC03']);
    expect(cip.enrichment?.vaeFiling?.admissibilityDelayMonths).toBe(2);
  });

  it('an import never touches the enrichment, and a record brought by an import keeps its imported fields', async () => {
    const before = await getCertification({ database, code: 'RNCP37231' });
    await importCertifications({ database, filePath: CSV_ZIP, full: true });
    // The CSV sample holds no seeded code: the seeds are neither changed nor deactivated.
    const after = await getCertification({ database, code: 'RNCP37231' });
    expect(after).toEqual(before);

    await database.exec("UPDATE certifications SET source = 'import', title = 'Titre importé' WHERE code = 'RNCP37274'");
    const report = await seedCertifications(database);
    expect(report).toMatchObject({ keptImported: 1, enrichmentsWritten: 0 });
    const cip = await getCertification({ database, code: 'RNCP37274' });
    expect(cip.title).toBe('Titre importé');
    expect(cip.enrichment?.blocNotes).toHaveLength(3);
  });

  it('a newer reference file updates an enrichment nobody edited, never one a person edited', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jalon-seeds-'));
    for (const file of readdirSync(SEED_DIR).filter((f) => f.endsWith('.json'))) {
      const seed = JSON.parse(readFileSync(path.join(SEED_DIR, file), 'utf8')) as { enrichment: { validationConditions?: string[] } };
      seed.enrichment.validationConditions = ['Condition de la version suivante'];
      writeFileSync(path.join(dir, file), JSON.stringify(seed));
    }
    await database.exec("UPDATE certification_enrichments SET edited_at = now() WHERE certification_id = (SELECT id FROM certifications WHERE code = 'RNCP36625')");
    try {
      // RNCP37274 came from an import above: its enrichment is still the seed's, nobody edited it.
      expect(await seedCertifications(database, { dir })).toMatchObject({ enrichmentsWritten: 2 });
      expect((await getCertification({ database, code: 'RNCP37231' })).enrichment?.validationConditions).toEqual(['Condition de la version suivante']);
      expect((await getCertification({ database, code: 'RNCP37274' })).enrichment?.validationConditions).toEqual(['Condition de la version suivante']);
      expect((await getCertification({ database, code: 'RNCP36625' })).enrichment?.validationConditions).not.toEqual(['Condition de la version suivante']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a reference file whose bloc note is about a bloc the record does not have', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jalon-seeds-'));
    try {
      const seed = JSON.parse(readFileSync(path.join(SEED_DIR, 'RNCP37274.json'), 'utf8')) as { enrichment: { blocNotes: { blocCode: string }[] } };
      seed.enrichment.blocNotes[0]!.blocCode = 'RNCP37274BC09';
      writeFileSync(path.join(dir, 'RNCP37274.json'), JSON.stringify(seed));
      expect(() => loadSeedFiles(dir)).toThrow(/RNCP37274\.json.*chaque note de bloc doit porter sur un bloc de la certification/s);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('getCertification answers NOT_FOUND for an unknown or malformed code', async () => {
    await expect(getCertification({ database, code: 'RNCP1' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getCertification({ database, code: 'hello' })).rejects.toBeInstanceOf(AppError);
  });
});
