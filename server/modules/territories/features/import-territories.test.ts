import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { departements, regions } from '../../../db/schema';
import { AppError } from '../../../lib/errors';
import { createTestDatabase } from '../../../test/test-database';
import { loadTerritories } from '../load-territories';
import type { TerritoryKind } from '../territory-file';
import { importTerritories } from './import-territories';

let database: Database;
const now = new Date('2026-12-13T09:00:00Z');
const file = (kind: TerritoryKind, fileName: string, content: string | Buffer) => ({ kind, fileName, content: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
const region = async (code: string) => (await database.db.select().from(regions).where(eq(regions.code, code)))[0];
const departement = async (code: string) => (await database.db.select().from(departements).where(eq(departements.code, code)))[0];
const snapshot = async () => ({
  regions: await database.db.select().from(regions).orderBy(asc(regions.code)),
  departements: await database.db.select().from(departements).orderBy(asc(departements.code)),
});

// As INSEE publishes them (COG 2024): comma-separated, CRLF, no BOM.
const INSEE_REGIONS = ['REG,CHEFLIEU,TNCC,NCC,NCCENR,LIBELLE', '01,97105,3,GUADELOUPE,Guadeloupe,Guadeloupe', '04,97411,0,LA REUNION,La Réunion,La Réunion', '28,76540,0,NORMANDIE,Normandie,Normandie (COG test)', ''].join('\r\n');
const INSEE_DEPARTEMENTS = [
  'DEP,REG,CHEFLIEU,TNCC,NCC,NCCENR,LIBELLE',
  '01,84,01053,5,AIN,Ain,Ain',
  '2A,94,2A004,3,CORSE DU SUD,Corse-du-Sud,Corse-du-Sud',
  '"76",28,76540,3,SEINE MARITIME,Seine-Maritime,"Seine-Maritime, COG test"',
  '976,06,97611,0,MAYOTTE,Mayotte,Mayotte',
  '',
].join('\r\n');

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

describe('importing a newer régions or départements file', () => {
  it('imports régions in the shipped shape (semicolons, BOM) and marks every row read as imported', async () => {
    const csv = '\uFEFFcode;nom\n11;Île-de-France (COG test)\n53;Bretagne\n';
    const [report] = await importTerritories({ database, files: [file('regions', 'regions.csv', csv)], now });
    expect(report).toEqual({ kind: 'regions', read: 2, written: 1, unchanged: 1 });
    expect(await region('11')).toEqual({ code: '11', name: 'Île-de-France (COG test)', importedAt: now });
    expect(await region('53')).toEqual({ code: '53', name: 'Bretagne', importedAt: now });
    expect((await region('28'))?.importedAt).toBeNull();
  });

  it('imports INSEE’s v_region and v_departement exports, then reports everything unchanged the second time', async () => {
    const first = await importTerritories({ database, files: [file('departements', 'v_departement_2024.csv', INSEE_DEPARTEMENTS), file('regions', 'v_region_2024.csv', INSEE_REGIONS)], now });
    expect(first).toEqual([
      { kind: 'regions', read: 3, written: 1, unchanged: 2 },
      { kind: 'departements', read: 4, written: 1, unchanged: 3 },
    ]);
    expect(await region('28')).toMatchObject({ name: 'Normandie (COG test)', importedAt: now });
    expect(await departement('76')).toEqual({ code: '76', name: 'Seine-Maritime, COG test', regionCode: '28', importedAt: now });
    expect(await departement('2A')).toMatchObject({ name: 'Corse-du-Sud', regionCode: '94', importedAt: now });

    const again = await importTerritories({ database, files: [file('regions', 'v_region_2024.csv', INSEE_REGIONS), file('departements', 'v_departement_2024.csv', INSEE_DEPARTEMENTS)], now: new Date('2026-12-14T09:00:00Z') });
    expect(again).toEqual([
      { kind: 'regions', read: 3, written: 0, unchanged: 3 },
      { kind: 'departements', read: 4, written: 0, unchanged: 4 },
    ]);
  });

  it('accepts a département of a new région when the région comes in the same import', async () => {
    const reports = await importTerritories({
      database,
      files: [file('regions', 'regions.csv', 'code;nom\n07;Région de test\n'), file('departements', 'departements.csv', 'code;nom;region\n96;Département de test;07\n')],
      now,
    });
    expect(reports.map((r) => r.written)).toEqual([1, 1]);
    expect(await departement('96')).toMatchObject({ name: 'Département de test', regionCode: '07', importedAt: now });
  });

  it('keeps imported names and régions when the shipped files are loaded again at start, and still loads the others', async () => {
    await database.db.update(regions).set({ name: 'Bretagne (modifiée à la main)' }).where(eq(regions.code, '24'));
    await loadTerritories(database);
    expect((await region('11'))?.name).toBe('Île-de-France (COG test)');
    expect((await region('28'))?.name).toBe('Normandie (COG test)');
    expect((await departement('76'))?.name).toBe('Seine-Maritime, COG test');
    expect(await departement('96')).toMatchObject({ name: 'Département de test', regionCode: '07' });
    // A row nobody imported follows the shipped file.
    expect((await region('24'))?.name).toBe('Centre-Val de Loire');
  });

  const latin1 = Buffer.concat([Buffer.from('code;nom\n28;Normandie\n11;', 'utf8'), Buffer.from([0xce]), Buffer.from('le-de-France\n', 'utf8')]);
  const cases: [string, TerritoryKind, string, string | Buffer, RegExp][] = [
    ['not UTF-8', 'regions', 'regions.csv', latin1, /^regions\.csv, ligne 3 : le fichier n’est pas encodé en UTF-8/],
    ['an unclosed quote', 'regions', 'regions.csv', 'code;nom\n28;"Normandie\n', /^regions\.csv, ligne 2 : CSV illisible/],
    ['a line with a column too many', 'departements', 'departements.csv', 'code;nom;region\n01;Ain;84\n02;Aisne;32;x\n', /^departements\.csv, ligne 3 : CSV illisible/],
    ['a missing column (shipped shape)', 'regions', 'regions.csv', 'code;libelle_long\n28;Normandie\n', /^regions\.csv, ligne 1 : colonne « nom » manquante \(attendu : code;nom, ou l’export INSEE REG,CHEFLIEU,TNCC,NCC,NCCENR,LIBELLE\)/],
    ['a missing column (INSEE shape)', 'departements', 'v_departement_2024.csv', 'DEP,CHEFLIEU,LIBELLE\n01,01053,Ain\n', /^v_departement_2024\.csv, ligne 1 : colonne « REG » manquante/],
    ['a départements file given as régions', 'regions', 'v_departement_2024.csv', INSEE_DEPARTEMENTS, /ce fichier décrit des départements \(il a une colonne « DEP »\) ; importez-le comme departements/],
    ['an empty code', 'regions', 'regions.csv', 'code;nom\n28;Normandie\n;Bretagne\n', /^regions\.csv, ligne 3 : code vide\.$/],
    ['an empty name', 'departements', 'departements.csv', 'code;nom;region\n14;;28\n', /^departements\.csv, ligne 2 : nom vide pour le code 14\.$/],
    ['an empty région', 'departements', 'departements.csv', 'code;nom;region\n14;Calvados;\n', /^departements\.csv, ligne 2 : région vide pour le département 14\.$/],
    ['a code twice', 'regions', 'v_region_2024.csv', `${INSEE_REGIONS}28,76540,0,NORMANDIE,Normandie,Normandie bis\r\n`, /^v_region_2024\.csv, ligne 5 : le code 28 apparaît deux fois \(déjà ligne 4\)\.$/],
    ['a région code of one digit', 'regions', 'regions.csv', 'code;nom\n8;Normandie\n', /^regions\.csv, ligne 2 : « 8 » n’est pas un code de région \(deux chiffres, par exemple 28\)\.$/],
    ['a région code of three digits', 'regions', 'regions.csv', 'code;nom\n284;Normandie\n', /ligne 2 : « 284 » n’est pas un code de région/],
    ['a département code 2C', 'departements', 'departements.csv', 'code;nom;region\n2C;Corse;94\n', /^departements\.csv, ligne 2 : « 2C » n’est pas un code de département \(deux chiffres, 2A, 2B, ou 971 à 976 outre-mer\)\.$/],
    ['a département code 977', 'departements', 'departements.csv', 'code;nom;region\n977;Saint-Barthélemy;01\n', /ligne 2 : « 977 » n’est pas un code de département/],
    ['a département code of one digit', 'departements', 'departements.csv', 'code;nom;region\n1;Ain;84\n', /ligne 2 : « 1 » n’est pas un code de département/],
    ['a département’s région code of the wrong shape', 'departements', 'departements.csv', 'code;nom;region\n01;Ain;840\n', /^departements\.csv, ligne 2 : « 840 » n’est pas un code de région/],
    ['a région that exists nowhere', 'departements', 'departements.csv', 'code;nom;region\n01;Ain;84\n14;Calvados;99\n', /^departements\.csv, ligne 3 : la région 99 du département 14 n’existe ni dans la base ni dans un fichier de régions importé avec lui ; importez d’abord les régions\.$/],
    ['an empty file', 'regions', 'regions.csv', '', /^regions\.csv ne contient aucune région\.$/],
    ['a header and no line', 'departements', 'departements.csv', '\uFEFFcode;nom;region\r\n\r\n', /^departements\.csv ne contient aucun département\.$/],
  ];

  it.each(cases)('refuses %s with the file and line named, and writes nothing', async (_case, kind, fileName, content, message) => {
    const before = await snapshot();
    const attempt = importTerritories({ database, files: [file(kind, fileName, content)], now: new Date('2026-12-15T09:00:00Z') });
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    expect(await snapshot()).toEqual(before);
  });

  it('writes neither file when the départements file names a région missing from the régions file imported with it', async () => {
    const before = await snapshot();
    const attempt = importTerritories({
      database,
      files: [file('regions', 'regions.csv', 'code;nom\n84;Auvergne-Rhône-Alpes (renommée)\n05;Autre région\n'), file('departements', 'departements.csv', 'code;nom;region\n01;Ain;05\n03;Allier;98\n')],
      now: new Date('2026-12-15T09:00:00Z'),
    });
    await expect(attempt).rejects.toThrow(/^departements\.csv, ligne 3 : la région 98 du département 03 n’existe ni dans la base/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses two files of the same kind in one import', async () => {
    const attempt = importTerritories({ database, files: [file('regions', 'a.csv', 'code;nom\n28;A\n'), file('regions', 'b.csv', 'code;nom\n28;B\n')], now });
    await expect(attempt).rejects.toThrow('Un seul fichier de régions par import.');
    expect((await region('28'))?.name).toBe('Normandie (COG test)');
  });
});
