import { rm } from 'node:fs/promises';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { certificationImportRuns } from '../../db/schema/certifications';
import { defineJob } from '../../jobs/queue';
import { recordAudit } from '../audit/record-audit';
import { importCertifications } from './features/import-certifications';

const ZPayload = z.object({
  runId: z.uuid(),
  filePath: z.string().min(1),
  fileName: z.string().min(1),
  full: z.boolean(),
  // Absent from jobs queued before it existed.
  forceDeactivation: z.boolean().default(false),
  actor: z.object({ userId: z.uuid().nullable(), organisationId: z.uuid().nullable() }),
});

/**
 * Runs an uploaded import. The run row was created queued with the upload; the job records the
 * progress after each batch, then the report and the audit event in one transaction. A run that
 * already ended is left alone, so a duplicated job imports nothing twice.
 */
export const importCertificationsJob = defineJob({
  name: 'certifications.import',
  schema: ZPayload,
  // The import is idempotent (unchanged records are skipped), so a retry after a crash is safe.
  maxAttempts: 3,
  handler: async (payload, { database, clock, isLastAttempt }) => {
    const { db } = database;
    const runs = certificationImportRuns;
    const claimed = await db
      .update(runs)
      .set({ status: 'running', startedAt: clock.now() })
      .where(and(eq(runs.id, payload.runId), inArray(runs.status, ['queued', 'running'])))
      .returning({ id: runs.id });
    if (claimed.length === 0) return;
    try {
      await importCertifications({
        database,
        filePath: payload.filePath,
        fileName: payload.fileName,
        full: payload.full,
        forceDeactivation: payload.forceDeactivation,
        runId: payload.runId,
        now: () => clock.now(),
        onProgress: async (p) => {
          await db.update(runs).set({ recordsProcessed: p.records, bytesRead: p.bytesRead, bytesTotal: p.totalBytes }).where(eq(runs.id, payload.runId));
        },
        afterRun: async (tx, report) => {
          await recordAudit(tx, {
            actor: payload.actor,
            at: clock.now(),
            eventType: 'certification.imported',
            entityType: 'certification_import_run',
            entityId: payload.runId,
            details: {
              file: report.file,
              status: report.status,
              full: report.full,
              read: report.read,
              created: report.created,
              updated: report.updated,
              unchanged: report.unchanged,
              deactivated: report.deactivated,
              rejected: report.rejected.length,
              error: report.error?.code ?? null,
            },
          });
        },
      });
    } catch (err) {
      if (isLastAttempt) {
        const message = `${payload.fileName} : l'import a échoué (${err instanceof Error ? err.message : String(err)}).`;
        await db.update(runs).set({ status: 'failed', error: message, finishedAt: clock.now() }).where(eq(runs.id, payload.runId));
        await rm(payload.filePath, { force: true });
      }
      throw err;
    }
    // Exports weigh hundreds of megabytes; the run keeps the report, the file is not needed again.
    await rm(payload.filePath, { force: true });
  },
});
