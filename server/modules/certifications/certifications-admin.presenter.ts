import type { certificationImportRuns } from '../../db/schema/certifications';
import type { TImportRun, TManager } from './certifications-admin.schema';

export function presentImportRun(row: typeof certificationImportRuns.$inferSelect): TImportRun {
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    version: row.version,
    fullExport: row.fullExport,
    status: row.status,
    progress: { records: row.recordsProcessed, bytesRead: row.bytesRead, bytesTotal: row.bytesTotal },
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
    deactivated: row.deactivated,
    rejected: row.rejected.map((r) => ({ code: r.code, reason: r.reason })),
    warnings: row.warnings.map((w) => ({ code: w.code, reason: w.reason })),
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export function presentManager(row: { organisationId: string; name: string; siret: string | null; createdAt: Date }): TManager {
  return { organisationId: row.organisationId, name: row.name, siret: row.siret, createdAt: row.createdAt.toISOString() };
}
