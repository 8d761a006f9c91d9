import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  certificationBlocs,
  certificationCertificateurs,
  certificationCodes,
  certificationLinks,
  certificationPartners,
  certifications,
} from '../../db/schema/certifications';
import type { CertificationSource } from '../../db/schema/certifications';
import type { ParsedCertification } from './import/types';

/**
 * Writes of the certification record and its children, shared by the importer and the seed
 * loader. Callers hold the transaction; these functions never open one.
 */

export interface ExistingState {
  id: string;
  contentHash: string;
  deactivated: boolean;
  source: CertificationSource;
}

export async function loadExistingStates(tx: Executor, codes: string[]): Promise<Map<string, ExistingState>> {
  if (codes.length === 0) return new Map();
  const rows = await tx
    .select({
      id: certifications.id,
      code: certifications.code,
      contentHash: certifications.contentHash,
      deactivatedAt: certifications.deactivatedAt,
      source: certifications.source,
    })
    .from(certifications)
    .where(inArray(certifications.code, codes));
  return new Map(rows.map((r) => [r.code, { id: r.id, contentHash: r.contentHash, deactivated: r.deactivatedAt != null, source: r.source }]));
}

export interface RecordToWrite {
  record: ParsedCertification;
  hash: string;
}

// Columns an upsert must leave alone: identity, creation time, and the search columns that
// certifications_refresh_search() rebuilds.
const KEEP_ON_UPDATE = new Set(['id', 'code', 'createdAt', 'searchText', 'searchVector']);

function excludedSet(): Record<string, SQL> {
  const set: Record<string, SQL> = {};
  for (const [key, column] of Object.entries(getTableColumns(certifications))) {
    if (!KEEP_ON_UPDATE.has(key)) set[key] = sql.raw(`excluded."${column.name}"`);
  }
  return set;
}

/** Upserts the records and replaces their children; returns the ids by code. */
export async function writeRecords(
  tx: Executor,
  items: RecordToWrite[],
  options: { source: CertificationSource; now: Date },
): Promise<Map<string, string>> {
  if (items.length === 0) return new Map();
  const { now, source } = options;
  const rows = items.map(({ record: r, hash }) => ({
    code: r.code,
    kind: r.kind,
    number: r.number,
    sourceFicheId: r.sourceFicheId,
    title: r.title,
    shortTitle: r.shortTitle,
    shortTitleCode: r.shortTitleCode,
    level: r.level,
    levelCode: r.levelCode,
    state: r.state,
    active: r.active,
    registrationType: r.registrationType,
    decisionDate: r.decisionDate,
    effectDate: r.effectDate,
    registrationEndDate: r.registrationEndDate,
    lastJoDate: r.lastJoDate,
    deliveryLimitDate: r.deliveryLimitDate,
    publicationDate: r.publicationDate,
    registrationDurationYears: r.registrationDurationYears,
    partialValidation: r.partialValidation,
    partnersExist: r.partnersExist,
    accessibleNewCaledonia: r.accessibleNewCaledonia,
    accessibleFrenchPolynesia: r.accessibleFrenchPolynesia,
    activities: r.activities,
    capacities: r.capacities,
    sectors: r.sectors,
    jobs: r.jobs,
    entryPrerequisites: r.entryPrerequisites,
    validationPrerequisites: r.validationPrerequisites,
    objectivesContext: r.objectivesContext,
    regulatedActivities: r.regulatedActivities,
    skillLevel: r.skillLevel,
    descriptionUrl: r.descriptionUrl,
    vaeOpen: r.accessRoutes.some((a) => a.route === 'vae' && a.active),
    accessRoutes: r.accessRoutes,
    statistics: r.statistics,
    publications: r.publications,
    blocCorrespondences: r.blocCorrespondences,
    levelPromotionYears: r.levelPromotionYears,
    contentHash: hash,
    source,
    deactivatedAt: null,
    importedAt: source === 'import' ? now : null,
    createdAt: now,
    updatedAt: now,
  }));
  const written = await tx
    .insert(certifications)
    .values(rows)
    .onConflictDoUpdate({ target: certifications.code, set: excludedSet() })
    .returning({ id: certifications.id, code: certifications.code });
  const ids = new Map(written.map((w) => [w.code, w.id]));
  const idList = [...ids.values()];
  const idOf = (code: string) => ids.get(code)!;

  await tx.delete(certificationCertificateurs).where(inArray(certificationCertificateurs.certificationId, idList));
  await tx.delete(certificationPartners).where(inArray(certificationPartners.certificationId, idList));
  await tx.delete(certificationCodes).where(inArray(certificationCodes.certificationId, idList));
  await tx.delete(certificationLinks).where(inArray(certificationLinks.certificationId, idList));

  await inChunks(items.flatMap(({ record }) =>
    record.certificateurs.map((c, position) => ({ certificationId: idOf(record.code), position, ...c })),
  ), async (chunk) => { await tx.insert(certificationCertificateurs).values(chunk); });
  await inChunks(items.flatMap(({ record }) =>
    record.partners.map((p, position) => ({ certificationId: idOf(record.code), position, ...p })),
  ), async (chunk) => { await tx.insert(certificationPartners).values(chunk); });
  await inChunks(items.flatMap(({ record }) =>
    record.codes.map((c, position) => ({ certificationId: idOf(record.code), position, ...c })),
  ), async (chunk) => { await tx.insert(certificationCodes).values(chunk); });
  await inChunks(items.flatMap(({ record }) =>
    record.links.map((l) => ({ certificationId: idOf(record.code), relation: l.relation, linkedCode: l.code })),
  ), async (chunk) => { await tx.insert(certificationLinks).values(chunk); });
  await writeBlocs(tx, items, idOf);
  await refreshSearch(tx, idList);
  return ids;
}

/**
 * Blocs are upserted on (certification, code) rather than replaced, so a bloc that stays in the
 * fiche keeps its id (pathways and jury results refer to it); blocs gone from the fiche go.
 */
async function writeBlocs(tx: Executor, items: RecordToWrite[], idOf: (code: string) => string) {
  const blocs = items.flatMap(({ record }) =>
    record.blocs.map((b, position) => ({ certificationId: idOf(record.code), position, ...b })),
  );
  const idList = [...new Set(items.map(({ record }) => idOf(record.code)))];
  await tx.execute(sql`
    DELETE FROM certification_blocs b
    WHERE b.certification_id = ANY(${sql.param(idList)}::uuid[])
      AND NOT EXISTS (
        SELECT 1 FROM unnest(${sql.param(blocs.map((b) => b.certificationId))}::uuid[], ${sql.param(blocs.map((b) => b.code))}::text[]) AS k(cid, code)
        WHERE k.cid = b.certification_id AND k.code = b.code)`);
  for (const chunk of chunks(blocs, 1000)) {
    await tx
      .insert(certificationBlocs)
      .values(chunk)
      .onConflictDoUpdate({
        target: [certificationBlocs.certificationId, certificationBlocs.code],
        set: {
          label: sql`excluded.label`,
          competences: sql`excluded.competences`,
          evaluationMethods: sql`excluded.evaluation_methods`,
          position: sql`excluded.position`,
        },
      });
  }
}

export async function refreshSearch(tx: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute(sql`SELECT certifications_refresh_search(${sql.param(ids)}::uuid[])`);
}

// Well under PostgreSQL's 65,535 parameters per statement whatever the table's width.
async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<void>): Promise<void> {
  for (const chunk of chunks(rows, 2000)) await write(chunk);
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
