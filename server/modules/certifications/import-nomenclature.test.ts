import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { nomenclatureEntries } from '../../db/schema';
import { createTestDatabase } from '../../test/test-database';
import { importNomenclature } from './features/import-nomenclature';
import { loadNomenclatures } from './features/load-nomenclatures';

let database: Database;
const now = new Date('2026-11-23T10:00:00Z');
const rome = async (code: string) => (await database.db.select().from(nomenclatureEntries).where(and(eq(nomenclatureEntries.system, 'rome'), eq(nomenclatureEntries.code, code))))[0];

beforeAll(async () => {
  database = await createTestDatabase();
  await loadNomenclatures(database);
});
afterAll(async () => database.close());

describe('importing a newer nomenclature file', () => {
  it('adds and relabels entries from a CSV with a BOM and accents, then says nothing changed the second time', async () => {
    const csv = Buffer.from('\uFEFFcode;label;parent_code\nK1801;Conseil en emploi et insertion socioprofessionnelle (v4);K\nM1607;Secrétariat;M\n', 'utf8');
    const first = await importNomenclature(database, 'rome', 'rome.csv', csv, now);
    expect(first).toEqual({ system: 'rome', read: 2, written: 2, unchanged: 0 });
    expect((await rome('K1801'))?.label).toBe('Conseil en emploi et insertion socioprofessionnelle (v4)');
    expect((await rome('M1607'))?.label).toBe('Secrétariat');
    const second = await importNomenclature(database, 'rome', 'rome.csv', csv, now);
    expect(second).toMatchObject({ written: 0, unchanged: 2 });
  });

  it('keeps the imported labels when the shipped files are loaded again at start', async () => {
    await loadNomenclatures(database);
    expect((await rome('K1801'))?.label).toBe('Conseil en emploi et insertion socioprofessionnelle (v4)');
  });

  it('refuses a missing column, an empty label with its line, a duplicate code, a bad encoding, and writes nothing', async () => {
    const cases: [string, Buffer, RegExp][] = [
      ['a.csv', Buffer.from('code;libelle\nX1;Test\n'), /colonne « label » manquante/],
      ['b.csv', Buffer.from('code;label\nX1;Test\nX2;\n'), /ligne 3 : libellé vide pour X2/],
      ['c.csv', Buffer.from('code,label\nX1,Test\nX1,Encore\n'), /X1 apparaît deux fois/],
      ['d.csv', Buffer.from([0x63, 0x6f, 0x64, 0x65, 0x3b, 0x6c, 0x61, 0x62, 0x65, 0x6c, 0x0a, 0x58, 0x31, 0x3b, 0xe9, 0x0a]), /UTF-8/],
      ['e.json', Buffer.from('[{"code":"X1"}]'), /label/],
    ];
    for (const [name, content, message] of cases) {
      await expect(importNomenclature(database, 'rome', name, content, now)).rejects.toThrow(message);
    }
    expect(await rome('X1')).toBeUndefined();
  });
});
