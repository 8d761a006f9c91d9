import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { createTestDatabase } from '../../../test/test-database';
import type { ImportProgress } from '../import/types';
import { RNCP_XML } from '../testing/sample-files';
import { importCertifications } from './import-certifications';

// The RNCP sample holds 12 fiches; small batches make several writes overlap the reading.
const BATCH = 3;
let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function count(sqlText: string): Promise<number> {
  const [row] = await database.query<{ n: number }>(sqlText);
  return row?.n ?? 0;
}

describe('importCertifications writing behind the reading', () => {
  it('a batch the database refuses part-way is retried fiche by fiche: only the faulty fiche is rejected, with nothing of it left', async () => {
    // Refuses one bloc of RNCP40344: its record and other children are written earlier in the
    // same transaction, so only a rollback keeps them out.
    await database.exec(`
      CREATE FUNCTION test_refuse_bloc() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.code = 'RNCP40344BC02' THEN RAISE EXCEPTION 'bloc refusé pour le test'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_refuse_bloc BEFORE INSERT OR UPDATE ON certification_blocs FOR EACH ROW EXECUTE FUNCTION test_refuse_bloc();
      -- Fires also where the import writes with the row triggers off (PGlite, WriteRecordsOptions.skipRowTriggers).
      ALTER TABLE certification_blocs ENABLE ALWAYS TRIGGER test_refuse_bloc;`);
    const report = await importCertifications({ database, filePath: RNCP_XML, full: true, batchSize: BATCH });
    expect(report).toMatchObject({ status: 'completed', read: 12, created: 11, updated: 0, unchanged: 0, error: null });
    expect(report.rejected).toEqual([
      expect.objectContaining({ code: 'RNCP40344', reasonCode: 'WRITE_FAILED', reason: expect.stringMatching(/^export_fiches_RNCP_fixture\.xml, fiche RNCP40344 : enregistrement refusé par la base \(bloc refusé pour le test\)\.$/) as string }),
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM certifications WHERE code = 'RNCP40344'`)).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM certifications')).toBe(11);
    for (const table of ['certification_blocs', 'certification_codes', 'certification_certificateurs', 'certification_links']) {
      expect(await count(`SELECT count(*)::int AS n FROM ${table} x LEFT JOIN certifications c ON c.id = x.certification_id WHERE c.id IS NULL`)).toBe(0);
    }

    await database.exec('DROP TRIGGER test_refuse_bloc ON certification_blocs; DROP FUNCTION test_refuse_bloc();');
    const again = await importCertifications({ database, filePath: RNCP_XML, full: true, batchSize: BATCH });
    expect(again).toMatchObject({ status: 'completed', created: 1, updated: 0, unchanged: 11, deactivated: 0, rejected: [] });
  });

  // Three batches written at once end in any order on a PostgreSQL server; PGlite queues them.
  it.each([1, 3])('with %i batch(es) written at once, reports the counts and the progress in order, then the whole file', async (writeDepth) => {
    await database.exec(`DELETE FROM certifications WHERE kind = 'rncp'`);
    const seen: (ImportProgress & { written: number })[] = [];
    const report = await importCertifications({
      database,
      filePath: RNCP_XML,
      full: true,
      batchSize: BATCH,
      writeDepth,
      onProgress: async (p) => {
        seen.push({ ...p, written: await count(`SELECT count(*)::int AS n FROM certifications WHERE kind = 'rncp'`) });
      },
    });
    expect(report).toMatchObject({ status: 'completed', read: 12, created: 12, updated: 0, unchanged: 0, deactivated: 0, rejected: [], error: null });
    expect(seen).toHaveLength(12 / BATCH + 1);
    const batches = seen.slice(0, -1);
    expect(batches.map((p) => p.records)).toEqual([3, 6, 9, 12]);
    batches.forEach((p, i) => {
      if (i > 0) expect(p.bytesRead).toBeGreaterThanOrEqual(batches[i - 1]!.bytesRead);
    });
    // Batch by batch: the fiches read when the batch was cut are in the database when it is reported.
    for (const p of seen) expect(p.written).toBeGreaterThanOrEqual(p.records);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ records: 12, bytesRead: last.totalBytes });
    expect(await count(`SELECT count(*)::int AS n FROM certifications c WHERE kind = 'rncp' AND search_vector IS NOT NULL AND bloc_count = (SELECT count(*) FROM certification_blocs b WHERE b.certification_id = c.id)`)).toBe(12);
  });

  it('a progress callback that fails stops the import with an internal error, no write left running', async () => {
    let calls = 0;
    const report = await importCertifications({
      database,
      filePath: RNCP_XML,
      batchSize: BATCH,
      onProgress: () => {
        calls++;
        if (calls === 1) throw new Error('progression indisponible');
      },
    });
    expect(report.status).toBe('failed');
    expect(report.error).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('progression indisponible') as string });
    const runs = await count(`SELECT count(*)::int AS n FROM certification_import_runs WHERE status = 'failed'`);
    expect(runs).toBe(1);
  });
});
