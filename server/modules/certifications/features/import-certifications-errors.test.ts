import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { createTestDatabase } from '../../../test/test-database';
import { CSV_ZIP, makeTempDir, readZipEntries, RNCP_XML, writeZip, xmlWithFiches, zipWithEditedEntry } from '../testing/sample-files';
import { importCertifications } from './import-certifications';

let database: Database;
const temp = makeTempDir();

async function codes(): Promise<string[]> {
  return (await database.query<{ code: string }>('SELECT code FROM certifications ORDER BY code')).map((r) => r.code);
}
async function hashes(): Promise<Record<string, string>> {
  const rows = await database.query<{ code: string; content_hash: string }>('SELECT code, content_hash FROM certifications');
  return Object.fromEntries(rows.map((r) => [r.code, r.content_hash]));
}

beforeAll(async () => {
  database = await createTestDatabase();
  // What was valid before each bad file: the RNCP sample, imported once.
  const report = await importCertifications({ database, filePath: RNCP_XML, full: true });
  expect(report.created).toBe(12);
});
afterAll(async () => {
  await database.close();
  temp.cleanup();
});

describe('importCertifications with bad input', () => {
  it('a truncated zip stops before writing anything and says so in French', async () => {
    const file = temp.file('tronque.zip');
    const bytes = readFileSync(CSV_ZIP);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const before = await hashes();
    const report = await importCertifications({ database, filePath: file, full: true });
    expect(report.status).toBe('failed');
    expect(report.error).toMatchObject({ code: 'TRUNCATED_ZIP' });
    expect(report.error?.message).toMatch(/^tronque\.zip : archive ZIP illisible ou tronquée/);
    expect(report).toMatchObject({ read: 0, created: 0, deactivated: 0 });
    expect(await hashes()).toEqual(before);
  });

  it('XML that breaks off mid-file keeps the fiches read before, names the line and deactivates nothing', async () => {
    const file = temp.file('coupe.xml');
    const full = xmlWithFiches(RNCP_XML, (fiches) => fiches.slice(0, 3).map((f, i) => (i === 0 ? f.replace('RNCP34762', 'RNCP90001') : f)));
    writeFileSync(file, full.slice(0, full.lastIndexOf('<FICHE>') + 200));
    const report = await importCertifications({ database, filePath: file, full: true });
    expect(report.status).toBe('failed');
    expect(report.error?.code).toBe('MALFORMED_XML');
    expect(report.error?.message).toMatch(/^coupe\.xml, ligne \d+ : le fichier XML s'arrête avant sa fin \(tronqué \?\) : fiche ouverte ligne \d+ non fermée\.$/);
    // The two complete fiches were valid: one new, one unchanged; nothing is deactivated.
    expect(report).toMatchObject({ read: 2, created: 1, unchanged: 1, deactivated: 0 });
    expect(await codes()).toContain('RNCP90001');
    const active = await database.query<{ n: number }>('SELECT count(*)::int n FROM certifications WHERE deactivated_at IS NOT NULL');
    expect(active[0]?.n).toBe(0);
  });

  it('malformed XML (a tag closed by the wrong name) stops with line and column', async () => {
    const file = temp.file('mal-forme.xml');
    writeFileSync(file, xmlWithFiches(RNCP_XML, (fiches) => [fiches[1]!.replace('</INTITULE>', '</TITRE>')]));
    const report = await importCertifications({ database, filePath: file });
    expect(report.status).toBe('failed');
    expect(report.error?.message).toMatch(/^mal-forme\.xml, ligne \d+, colonne \d+ : XML mal formé \(.+\)\.$/);
    expect(report.read).toBe(0);
  });

  it('foreign XML is refused at its root element', async () => {
    const file = temp.file('flux.xml');
    writeFileSync(file, '<?xml version="1.0"?>\n<rss><channel><title>Actualités</title></channel></rss>\n');
    const report = await importCertifications({ database, filePath: file, full: true });
    expect(report.error).toEqual({
      code: 'FOREIGN_XML',
      line: 2,
      message: "flux.xml, ligne 2 : ce n'est pas un export de fiches France Compétences (élément racine <rss>, <FICHES> attendu).",
    });
  });

  it('a file in Latin-1 declared as UTF-8 stops at the line of the first bad character, keeping what came before', async () => {
    const file = temp.file('latin1.xml');
    const text = xmlWithFiches(RNCP_XML, (fiches) => fiches.slice(0, 2));
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const badLine = text.split('\n').findIndex((l) => /[^ -~]/.test(l)) + 1;
    const report = await importCertifications({ database, filePath: file });
    expect(report.status).toBe('failed');
    expect(report.error?.code).toBe('INVALID_ENCODING');
    expect(report.error?.message).toBe(
      `latin1.xml, ligne ${badLine} : caractères invalides pour l'encodage UTF-8 ; le fichier doit être enregistré en UTF-8 (export France Compétences d'origine).`,
    );
  });

  it('the same Latin-1 bytes are read correctly when the XML declaration says so', async () => {
    const file = temp.file('latin1-declare.xml');
    const text = xmlWithFiches(RNCP_XML, (fiches) => [fiches[4]!]).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    writeFileSync(file, Buffer.from(text.replace(/[’–œ…«»]/g, "'"), 'latin1'));
    const report = await importCertifications({ database, filePath: file });
    expect(report).toMatchObject({ status: 'completed', read: 1, rejected: [] });
    const [row] = await database.query<{ title: string }>("SELECT title FROM certifications WHERE code = 'RNCP37488'");
    expect(row?.title).toBe('Cybersécurité');
  });

  it('a CSV file missing a column stops the import, naming the file and the column', async () => {
    const file = temp.file('sans-colonne.zip');
    await zipWithEditedEntry(file, 'Rome', (t) => t.replace('"Codes_Rome_Code";', '"Code";'));
    const report = await importCertifications({ database, filePath: file, full: true });
    expect(report.status).toBe('failed');
    expect(report.error).toMatchObject({ code: 'MISSING_CSV_COLUMN', line: 1 });
    expect(report.error?.message).toBe('sans-colonne.zip › Rome, ligne 1 : colonne(s) manquante(s) : Codes_Rome_Code.');
    expect(report.read).toBe(0);
  });

  it('a zip without one of the CSV files is refused before reading', async () => {
    const file = temp.file('incomplet.zip');
    const entries = (await readZipEntries(CSV_ZIP)).filter((e) => !e.name.includes('Blocs_De_Comp'));
    await writeZip(file, entries);
    const report = await importCertifications({ database, filePath: file, full: true });
    expect(report.error?.message).toBe("incomplet.zip : fichier(s) CSV absent(s) de l'archive : Blocs_De_Compétences.");
  });

  it('a CSV row with an unknown fiche code or an impossible date is rejected alone; the other fiches are imported', async () => {
    const file = temp.file('codes-inconnus.zip');
    await zipWithEditedEntry(file, 'Standard', (t) =>
      t.replace('"RNCP1197";', '"CQP1197";').replace('"31/08/2023"', '"31/13/2023"'),
    );
    const report = await importCertifications({ database, filePath: file, full: true });
    expect(report.status).toBe('completed');
    expect(report.read).toBe(9);
    expect(report.rejected).toEqual([
      {
        code: 'RNCP509',
        reasonCode: 'INVALID_DATE',
        reason: 'codes-inconnus.zip, ligne 2, fiche RNCP509 : date impossible « 31/13/2023 » dans Date_Fin_Enregistrement.',
        file: 'codes-inconnus.zip',
        line: 2,
      },
      {
        code: 'CQP1197',
        reasonCode: 'INVALID_CODE',
        reason: 'codes-inconnus.zip, ligne 3, fiche CQP1197 : numéro de fiche inconnu « CQP1197 » (RNCP… ou RS… attendu).',
        file: 'codes-inconnus.zip',
        line: 3,
      },
    ]);
    expect(report.created).toBe(7);
    const present = await codes();
    expect(present).not.toContain('RNCP509');
    expect(present).not.toContain('CQP1197');
    // Rows of the other CSV files for the rejected fiche are not left behind.
    const orphans = await database.query<{ n: number }>(
      'SELECT count(*)::int n FROM certification_blocs b LEFT JOIN certifications c ON c.id = b.certification_id WHERE c.id IS NULL',
    );
    expect(orphans[0]?.n).toBe(0);
  });

  it('a fiche present twice in one file is imported once and the repeat is reported', async () => {
    const file = temp.file('double.xml');
    writeFileSync(file, xmlWithFiches(RNCP_XML, (fiches) => [fiches[5]!, fiches[5]!]));
    const report = await importCertifications({ database, filePath: file });
    expect(report.rejected.map((r) => [r.code, r.reasonCode])).toEqual([['RNCP40344', 'DUPLICATE_RECORD']]);
    expect(report.read).toBe(2);
  });

  it('a file that is neither zip nor XML is refused', async () => {
    const file = temp.file('notes.txt');
    writeFileSync(file, 'Numero_Fiche;Intitule\nRNCP1;Test\n');
    const report = await importCertifications({ database, filePath: file });
    expect(report.error).toMatchObject({ code: 'UNKNOWN_FORMAT' });
  });
});
