import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { certificationImportRuns } from '../../../db/schema/certifications';
import { FixedClock } from '../../../lib/clock';
import { createTestDatabase } from '../../../test/test-database';
import { queueCertificationImport } from './queue-certification-import';

let database: Database;
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = mkdtempSync(path.join(tmpdir(), 'jalon-queue-import-'));
});
afterAll(async () => {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A request body the client stops sending part-way, as busboy reports it. */
function interruptedUpload(error: Error): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<FICHES><FICHE>'));
      } else {
        this.destroy(error);
      }
    },
  });
}

describe('queueCertificationImport', () => {
  it('an upload the client interrupts is a clear 400, with no file and no run left behind', async () => {
    for (const error of [new Error('aborted'), Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })]) {
      const queued = queueCertificationImport({
        database,
        clock: new FixedClock(new Date('2026-12-07T10:00:00Z')),
        actor: { userId: null, organisationId: null },
        dataDir,
        file: { filename: 'export.xml', stream: interruptedUpload(error) },
        full: false,
      });
      await expect(queued).rejects.toMatchObject({ code: 'UPLOAD_INTERRUPTED', status: 400 });
    }
    const imports = path.join(dataDir, 'imports');
    expect(existsSync(imports) ? readdirSync(imports) : []).toEqual([]);
    expect(await database.db.select().from(certificationImportRuns)).toEqual([]);
  });
});
