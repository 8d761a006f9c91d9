import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { createTestDatabase } from '../../../test/test-database';
import { importCertifications } from '../features/import-certifications';
import { CSV_ZIP, makeTempDir, RNCP_XML, RS_XML, xmlWithFiches } from '../testing/sample-files';
import { contentHash } from './finish-record';
import { ImportFileError } from './import-errors';
import { readExport } from './read-export';
import type { ExportEvent } from './read-export';
import { readExportInWorker } from './read-export-worker';
import { searchBody } from './search-body';

const TODAY = '2026-12-07';
const temp = makeTempDir();
let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  temp.cleanup();
  await database.close();
});

type Reader = typeof readExport;

async function collect(read: Reader, file: string): Promise<{ events: ExportEvent[]; bytes: number; error: unknown }> {
  const events: ExportEvent[] = [];
  let bytes = 0;
  try {
    for await (const event of read(file, { today: TODAY, onBytes: (n) => (bytes += n) })) events.push(event);
  } catch (err) {
    return { events, bytes, error: err };
  }
  return { events, bytes, error: null };
}

const withoutExtras = (events: ExportEvent[]) => events.map((e) => (e.type === 'item' ? { type: e.type, item: e.item } : e));

describe('readExportInWorker', () => {
  it.each([
    ['XML RNCP', RNCP_XML],
    ['XML RS', RS_XML],
    ['CSV zip', CSV_ZIP],
  ])('gives the events of the in-process reader (%s), in order, with each record’s hash and search body', async (_, file) => {
    const here = await collect(readExport, file);
    const there = await collect(readExportInWorker, file);
    expect(there.error).toBeNull();
    expect(withoutExtras(there.events)).toEqual(here.events);
    expect(there.bytes).toBe(here.bytes);
    const items = there.events.filter((e) => e.type === 'item');
    expect(items.length).toBeGreaterThan(0);
    for (const e of items) {
      if (!e.item.ok) continue;
      expect(e.hash).toBe(contentHash(e.item.record));
      expect(e.body).toBe(searchBody(e.item.record));
    }
  });

  it('raises a file error as the ImportFileError it was, after the records read before it', async () => {
    const file = temp.file('coupe.xml');
    const full = xmlWithFiches(RNCP_XML, (fiches) => fiches.slice(0, 3));
    writeFileSync(file, full.slice(0, full.lastIndexOf('<FICHE>') + 200));
    const here = await collect(readExport, file);
    const there = await collect(readExportInWorker, file);
    expect(there.error).toBeInstanceOf(ImportFileError);
    const [a, b] = [here.error as ImportFileError, there.error as ImportFileError];
    expect({ code: b.code, file: b.file, line: b.line, message: b.message }).toEqual({ code: a.code, file: a.file, line: a.line, message: a.message });
    expect(withoutExtras(there.events)).toEqual(here.events);
    expect(there.events.filter((e) => e.type === 'item')).toHaveLength(2);
  });

  it('stops reading when its reader stops early', async () => {
    let items = 0;
    for await (const event of readExportInWorker(RNCP_XML, { today: TODAY })) {
      if (event.type === 'item' && ++items === 1) break;
    }
    expect(items).toBe(1);
    // A file that cannot be opened is reported from the worker as from the main thread.
    await expect(collect(readExportInWorker, temp.file('absent.xml')).then((r) => r.error)).resolves.toMatchObject({ code: 'UNREADABLE_FILE' });
  });
});

describe('importCertifications with the parse in a worker', () => {
  it('writes what the in-process parse writes: a second import, parsed in-process, finds every record unchanged', async () => {
    const first = await importCertifications({ database, filePath: RNCP_XML, parseInWorker: true });
    expect(first.status).toBe('completed');
    expect(first.created).toBeGreaterThan(0);
    const second = await importCertifications({ database, filePath: RNCP_XML, parseInWorker: false });
    expect(second).toMatchObject({ status: 'completed', created: 0, updated: 0, unchanged: first.created });
    const [row] = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM certifications WHERE search_vector = ''::tsvector`);
    expect(row?.n).toBe(0);
  });
});
