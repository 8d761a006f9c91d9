import { stat } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database, Tx } from '../../../db/client';
import { certificationImportRuns } from '../../../db/schema/certifications';
import type { CertificationKind } from '../../../db/schema/certifications';
import { analyzeCatalogue, loadExistingStates, refreshLexicon, writeRecords } from '../certifications.store';
import { DEFAULT_DEACTIVATION_GUARD, deactivateAbsent, type DeactivationGuard } from './deactivate-absent';
import { notCarriedBy, type NotCarried } from '../import/format-coverage';
import type { RecordToWrite, WriteRecordsOptions } from '../certifications.store';
import { contentHash } from '../import/finish-record';
import { describeDatabaseError, describeError, ImportFileError } from '../import/import-errors';
import type { ImportFailureCode } from '../import/import-errors';
import { joinIssues } from '../import/issues';
import { readExport } from '../import/read-export';
import { readExportInWorker } from '../import/read-export-worker';
import { WriteBehind } from '../import/write-behind';
import type { ExportFormat } from '../import/read-export';
import type { ImportProgress, ParsedItem, RejectionCode } from '../import/types';

export interface ImportRejection {
  code: string;
  reason: string;
  reasonCode: RejectionCode;
  file: string;
  line: number | null;
}

export interface ImportReport {
  runId: string;
  file: string;
  format: ExportFormat | null;
  version: string | null;
  full: boolean;
  status: 'completed' | 'failed';
  /** Records read from the file, valid or not. */
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  deactivated: number;
  rejected: ImportRejection[];
  warnings: { code: string; reason: string }[];
  error: { code: ImportFailureCode | 'INTERNAL'; message: string; line: number | null } | null;
  durationMs: number;
}

export interface ImportCertificationsOptions {
  database: Database;
  filePath: string;
  /**
   * The file is the complete export of the kinds it holds (RNCP and/or RS): records of those kinds
   * that came from an import and are absent from it are deactivated. Off for partial files.
   */
  full?: boolean;
  batchSize?: number;
  now?: () => Date;
  /** Awaited, so a caller may record the progress in the database between batches. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /** The name to report when the file on disk has another (an upload stored under its run id). */
  fileName?: string;
  /** An existing run (queued by an upload) to complete instead of inserting a new one. */
  runId?: string;
  /**
   * Parse in a worker thread, beside the writes (see readExportInWorker). By default for files of
   * PARSE_IN_WORKER_FROM bytes or more: below, starting the worker costs more than it saves.
   */
  parseInWorker?: boolean;
  /** How many batches may be written at once (writeDepthFor by default). */
  writeDepth?: number;
  /** Deactivates the records a full export leaves out even past the guard (see deactivate-absent.ts). */
  forceDeactivation?: boolean;
  /** DEFAULT_DEACTIVATION_GUARD unless given (tests use small numbers). */
  deactivationGuard?: DeactivationGuard;
  /** Runs in the transaction that records the run, e.g. to write its audit event with it. */
  afterRun?: (tx: Tx, report: ImportReport) => Promise<void>;
}

/** Files of this size or more are parsed in a worker thread (see parsesInWorker). */
export const PARSE_IN_WORKER_FROM = 4 * 1024 * 1024;

/**
 * A PostgreSQL server runs each connection in its own process, so batches written on two
 * connections at once use more than one core; PGlite's single engine would only queue them. On 2
 * cores, two batches in flight import the full registry as fast as three (docs/benchmarks.md).
 */
const SERVER_WRITE_DEPTH = 2;

function writeDepthFor(database: Database): number {
  return database.kind === 'postgres' ? SERVER_WRITE_DEPTH : 1;
}

/**
 * Fiches per batch. On PGlite a batch's statements run in the process's own memory: 100 fiches
 * touch less of it than 200 (the command peaked at 394 instead of 413 MiB over the full registry,
 * in 67.7 s instead of 71.1), and a request to a server importing waits for a shorter batch.
 */
function batchSizeFor(database: Database): number {
  return database.kind === 'postgres' ? 200 : 100;
}

async function parsesInWorker(options: ImportCertificationsOptions): Promise<boolean> {
  if (options.parseInWorker !== undefined) return options.parseInWorker;
  // A file that cannot be read is reported by the reader, the same way in either case.
  const size = await stat(options.filePath).then((s) => s.size, () => 0);
  return size >= PARSE_IN_WORKER_FROM;
}

/**
 * Imports a France Compétences export into the catalogue. Records are written in batches, each in
 * its own transaction, while the next batch is read (two batches at once on a PostgreSQL server);
 * a record whose hash has not changed is not written. A file that breaks off (truncated,
 * malformed) stops the import: the batches before stay, nothing is deactivated.
 */
export async function importCertifications(options: ImportCertificationsOptions): Promise<ImportReport> {
  const { database, filePath } = options;
  const full = options.full ?? false;
  const batchSize = options.batchSize ?? batchSizeFor(database);
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const report: Omit<ImportReport, 'runId' | 'durationMs'> = {
    file: options.fileName ?? path.basename(filePath),
    format: null,
    version: null,
    full,
    status: 'completed',
    read: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    deactivated: 0,
    rejected: [],
    warnings: [],
    error: null,
  };
  const seen = new Set<string>();
  const kinds = new Set<CertificationKind>();
  let batch: RecordToWrite[] = [];
  let bytesRead = 0;
  let totalBytes = 0;
  const progress = async (at: ImportProgress) => options.onProgress?.(at);
  const writes = new WriteBehind(options.writeDepth ?? writeDepthFor(database));

  // The batch is written while the next one is read. Its counts and its progress (as far as the
  // file had been read when the batch was cut) are reported once it and every batch before it are
  // written, so the report and the progress keep the file's order.
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    const at: ImportProgress = { bytesRead, totalBytes, records: report.read };
    batch = [];
    await writes.submit(
      () => writeBatch(database, current, report.file, now(), notCarriedBy(report.format)),
      async (outcome) => {
        addCounts(report, outcome);
        report.rejected.push(...outcome.rejected);
        await progress(at);
      },
    );
  };

  try {
    const today = startedAt.toISOString().slice(0, 10);
    const read = (await parsesInWorker(options)) ? readExportInWorker : readExport;
    for await (const event of read(filePath, { today, onBytes: (n) => (bytesRead += n) })) {
      if (event.type === 'format') {
        report.format = event.format;
        report.version = event.version;
        totalBytes = event.totalBytes;
        continue;
      }
      if (event.type === 'warning') {
        report.warnings.push({ code: event.code, reason: event.reason });
        continue;
      }
      report.read++;
      const item = event.item;
      const code = item.ok ? item.record.code : item.code;
      if (seen.has(code)) {
        reject(report, item, code, 'DUPLICATE_RECORD', `fiche ${code} présente deux fois dans le fichier ; seule la première est importée`);
        continue;
      }
      seen.add(code);
      if (!item.ok) {
        reject(report, item, code, item.issues[0]?.reasonCode ?? 'INVALID_CODE', joinIssues(item.issues));
        continue;
      }
      kinds.add(item.record.kind);
      batch.push({ record: item.record, hash: event.hash ?? contentHash(item.record), body: event.body });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    await writes.settle();
    if (full && kinds.size > 0) {
      const outcome = await deactivateAbsent(database, {
        kinds: [...kinds],
        seen: [...seen],
        now: now(),
        force: options.forceDeactivation ?? false,
        guard: options.deactivationGuard ?? DEFAULT_DEACTIVATION_GUARD,
      });
      if ('deactivated' in outcome) report.deactivated = outcome.deactivated;
      else report.warnings.push({ code: 'DEACTIVATION_SKIPPED', reason: deactivationSkipped(outcome.skipped) });
    }
  } catch (err) {
    // The fiches completely read before the file broke off are valid: they are written, so the
    // outcome does not depend on where batch boundaries fell. Nothing is deactivated. Whatever
    // the error, no write is left running behind the run's record.
    if (err instanceof ImportFileError) await flush().catch(() => undefined);
    await writes.settle().catch(() => undefined);
    report.status = 'failed';
    report.error =
      err instanceof ImportFileError
        ? { code: err.code, message: err.message, line: err.line }
        : { code: 'INTERNAL', message: `${report.file} : erreur inattendue pendant l'import (${describeError(err)}).`, line: null };
  }
  bytesRead = totalBytes;
  await progress({ bytesRead, totalBytes, records: report.read });
  // Also after a failed run: the batches written before the failure stay.
  await refreshLexicon(database.db);
  // On a PostgreSQL server autovacuum analyses the tables a large import changed within its next
  // pass (a minute by default); PGlite runs no background process, so the import does it there.
  if (database.kind === 'pglite' && report.created + report.updated + report.deactivated > 0) await analyzeCatalogue(database.db);
  const finishedAt = now();
  const values = {
    fileName: report.file,
    format: report.format,
    version: report.version,
    fullExport: full,
    status: report.status,
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    deactivated: report.deactivated,
    rejected: report.rejected.map((r) => ({ code: r.code, reason: r.reason })),
    warnings: report.warnings,
    error: report.error?.message ?? null,
    startedAt,
    finishedAt,
    recordsProcessed: report.read,
    bytesRead,
    bytesTotal: totalBytes,
  };
  return database.db.transaction(async (tx) => {
    const [run] = options.runId
      ? await tx.update(certificationImportRuns).set(values).where(eq(certificationImportRuns.id, options.runId)).returning({ id: certificationImportRuns.id })
      : await tx.insert(certificationImportRuns).values(values).returning({ id: certificationImportRuns.id });
    if (!run) throw new Error(`Import run ${options.runId ?? ''} not found`);
    const final: ImportReport = { ...report, runId: run.id, durationMs: finishedAt.getTime() - startedAt.getTime() };
    await options.afterRun?.(tx, final);
    return final;
  });
}

function reject(report: Omit<ImportReport, 'runId' | 'durationMs'>, item: ParsedItem, code: string, reasonCode: RejectionCode, detail: string) {
  const where = item.location.line != null ? `${item.location.file}, ligne ${item.location.line}` : item.location.file;
  report.rejected.push({ code, reasonCode, reason: `${where}, fiche ${code} : ${detail}.`, file: item.location.file, line: item.location.line });
}

interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
}

/**
 * One transaction per batch. Should the batch fail as a whole (a constraint the parser did not
 * foresee), each record is retried alone so only the faulty ones are rejected. The outcome is
 * returned, not added to the report: batches may end out of order, the report takes them in order.
 */
async function writeBatch(database: Database, batch: RecordToWrite[], file: string, now: Date, notCarried: NotCarried): Promise<BatchOutcome> {
  // On PGlite only: see WriteRecordsOptions.skipRowTriggers.
  const skipRowTriggers = database.kind === 'pglite';
  try {
    const counts = await database.db.transaction((tx) => classifyAndWrite(tx, batch, { now, notCarried, skipRowTriggers }));
    return { ...counts, rejected: [] };
  } catch {
    // fall through to record-by-record
  }
  const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, rejected: [] };
  for (const item of batch) {
    try {
      const counts = await database.db.transaction((tx) => classifyAndWrite(tx, [item], { now, notCarried, skipRowTriggers }));
      addCounts(outcome, counts);
    } catch (err) {
      outcome.rejected.push({
        code: item.record.code,
        reasonCode: 'WRITE_FAILED',
        reason: `${file}, fiche ${item.record.code} : enregistrement refusé par la base (${describeDatabaseError(err)}).`,
        file,
        line: null,
      });
    }
  }
  return outcome;
}

function addCounts(total: { created: number; updated: number; unchanged: number }, counts: { created: number; updated: number; unchanged: number }) {
  total.created += counts.created;
  total.updated += counts.updated;
  total.unchanged += counts.unchanged;
}

async function classifyAndWrite(tx: Tx, batch: RecordToWrite[], options: Omit<WriteRecordsOptions, 'source'>) {
  const existing = await loadExistingStates(tx, batch.map((b) => b.record.code));
  const toWrite: RecordToWrite[] = [];
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const item of batch) {
    const state = existing.get(item.record.code);
    if (!state) {
      created++;
      toWrite.push(item);
    } else if (state.contentHash === item.hash && !state.deactivated && state.source === 'import') {
      unchanged++;
    } else {
      updated++;
      toWrite.push(item);
    }
  }
  await writeRecords(tx, toWrite, { source: 'import', ...options });
  return { created, updated, unchanged };
}

function deactivationSkipped({ absent, active }: { absent: number; active: number }): string {
  const n = (x: number) => x.toLocaleString('fr-FR');
  return (
    `Fichier importé comme export complet, mais ${n(absent)} des ${n(active)} fiches actives de ce répertoire en sont absentes : ` +
    'aucune n’a été désactivée. S’il s’agit bien de l’export complet, relancez l’import en forçant les désactivations ; sinon, importez-le comme export partiel.'
  );
}
