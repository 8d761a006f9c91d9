import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../db/client';
import { createTestDatabase } from '../../test/test-database';
import { writeRecords } from './certifications.store';
import { rowsOf } from './certifications.sql';
import { fullRecord } from './testing/full-record';

// Batches of an import may be written by several connections at once (on a PostgreSQL server):
// the facets' revision must still move with the writes it counts, and no batch may wait for
// another's commit to write its own records.

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const NOW = new Date('2026-12-07T10:00:00.000Z');

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
