import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { certificationImportRuns } from '../../../db/schema/certifications';
import { enqueue } from '../../../jobs/queue';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Actor } from '../../../lib/principal';
import { presentImportRun } from '../certifications-admin.presenter';
import { importCertificationsJob } from '../import-certifications.job';
import { ImportFileError } from '../import/import-errors';
import { detectFormat } from '../import/read-export';

export interface UploadedFile {
  filename: string;
  stream: Readable;
}

// The client went away mid-upload (an admin cancelling it): no server fault to log as one.
function isClientAbort(err: unknown): boolean {
  return err instanceof Error && ((err as NodeJS.ErrnoException).code === 'ECONNRESET' || err.message === 'aborted');
}

function isFileTooLarge(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'FST_REQ_FILE_TOO_LARGE';
}

/**
 * Stores an uploaded export under DATA_DIR/imports/<run id>, checks it is an XML or ZIP export,
 * then creates the queued run and its job in one transaction. A refused file leaves nothing
 * behind: no file, no run, no job.
 */
export async function queueCertificationImport(opts: { database: Database; clock: Clock; actor: Actor; dataDir: string; file: UploadedFile | undefined; full: boolean; forceDeactivation?: boolean }) {
  const { file, clock, actor } = opts;
  if (!file || !file.filename) throw new AppError('IMPORT_FILE_REQUIRED');
  const fileName = path.basename(file.filename).slice(0, 255);
  const id = randomUUID();
  const dir = path.resolve(opts.dataDir, 'imports');
  const target = path.join(dir, id);
  await mkdir(dir, { recursive: true });
  try {
    await pipeline(file.stream, createWriteStream(target));
    await detectFormat(target, fileName);
  } catch (err) {
    await rm(target, { force: true });
    if (err instanceof ImportFileError) throw new AppError('IMPORT_FILE_UNSUPPORTED', undefined, { reason: err.code });
    if (isFileTooLarge(err)) throw new AppError('PAYLOAD_TOO_LARGE', 'Le fichier dépasse la taille maximale acceptée.');
    if (isClientAbort(err)) throw new AppError('UPLOAD_INTERRUPTED');
    throw err;
  }
  try {
    return await opts.database.db.transaction(async (tx) => {
      const now = clock.now();
      await tx.insert(certificationImportRuns).values({ id, fileName, fullExport: opts.full, status: 'queued', requestedBy: actor.userId, createdAt: now });
      await enqueue(tx, clock, importCertificationsJob, { runId: id, filePath: target, fileName, full: opts.full, forceDeactivation: opts.forceDeactivation ?? false, actor });
      const [row] = await tx.select().from(certificationImportRuns).where(eq(certificationImportRuns.id, id));
      if (!row) throw new Error('import run insert failed');
      return presentImportRun(row);
    });
  } catch (err) {
    await rm(target, { force: true });
    throw err;
  }
}
