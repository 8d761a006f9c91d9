import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { certifications } from '../../db/schema/certifications';
import type { CertificationSource } from '../../db/schema/certifications';
import { rowsOf } from './certifications.sql';
import {
  BLOC_COLUMNS,
  BLOC_KEEP_ON_UPDATE,
  CERTIFICATEUR_COLUMNS,
  CERTIFICATION_COLUMNS,
  CODE_COLUMNS,
  KEEP_ON_UPDATE,
  LINK_COLUMNS,
  SEARCH_INPUT_COLUMNS,
} from './certifications.write-columns';
import type { CertificationRow, ChildRow } from './certifications.write-columns';
import type { ParsedBloc, ParsedCertification } from './import/types';
import { searchBody } from './import/search-body';
import { columnList, excludedSet, qualifiedList, unnestSelect } from './unnest-rows';
import { CARRIES_ALL, carriesAll, type NotCarried } from './import/format-coverage';
import type { UnnestColumn } from './unnest-rows';

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
  /** searchBody(record), when the reader computed it beside the parse. */
  body?: string;
}

/**
 * The search columns, and what the records' INSERT writes in each from SEARCH_INPUT_COLUMNS (u),
 * certification_search_columns() (s) and certification_facet_of() (f). certifications_refresh_search()
 * writes the same columns from the stored rows.
 */
const SEARCH_VALUES: readonly { name: string; value: string }[] = [
  { name: 'search_text', value: 's.search_text' },
  { name: 'search_vector', value: 's.search_vector' },
  { name: 'rank_vector', value: "ts_filter(s.search_vector, '{a,b,c}')" },
  { name: 'bloc_count', value: 'u.search_bloc_count' },
  { name: 'facet_sirets', value: 'f.sirets' },
  { name: 'facet_names', value: 'f.names' },
];

export interface WriteRecordsOptions {
  source: CertificationSource;
  now: Date;
  notCarried?: NotCarried;
  /**
   * Writes the records, their certificateurs, codes, links and blocs with the row triggers off
   * (session_replication_role = replica), then bumps the catalogue's revision itself. For PGlite
   * only (a superuser, one connection, every trigger on the importer's thread): the foreign keys
   * these rows carry point at the records the same transaction has just written, so their checks
   * cannot fail. The blocs gone from a fiche are retired with the triggers on, since pathways and
   * jury results refer to blocs.
   */
  skipRowTriggers?: boolean;
}

/** Upserts the records and replaces their children; returns the ids by code. */
export async function writeRecords(tx: Executor, items: RecordToWrite[], options: WriteRecordsOptions): Promise<Map<string, string>> {
  if (items.length === 0) return new Map();
  const now = options.now.toISOString();
  const notCarried = options.notCarried ?? CARRIES_ALL;
  const rowTriggers = async (on: boolean) => {
    if (options.skipRowTriggers) await tx.execute(sql.raw(`SET LOCAL session_replication_role = ${on ? 'origin' : 'replica'}`));
  };
  await rowTriggers(false);
  const rows: CertificationRow[] = items.map(({ record, hash, body }) => ({ record, hash, source: options.source, now, body: body ?? searchBody(record) }));
  const targets = [...CERTIFICATION_COLUMNS, ...SEARCH_VALUES];
  // The search columns are computed with the row, not by an update after it: one version of each
  // wide row, and one entry in each index (20261211T0900_catalogue_search_on_insert.sql).
  // xmax is 0 on a row the upsert inserted, the updating transaction's id on one it updated.
  const written = rowsOf<{ id: string; code: string; inserted: boolean }>(
    await tx.execute(sql`
      INSERT INTO certifications ${columnList(targets)}
      SELECT ${qualifiedList('u', CERTIFICATION_COLUMNS)}, ${sql.raw(SEARCH_VALUES.map((v) => v.value).join(', '))}
      FROM (${unnestSelect([...CERTIFICATION_COLUMNS, ...SEARCH_INPUT_COLUMNS], rows)}) AS u
      CROSS JOIN LATERAL certification_search_columns(u.code, u.number, u.title, u.short_title,
        u.search_blocs_codes, u.search_names, u.jobs, u.search_body) s
      CROSS JOIN LATERAL certification_facet_of(u.search_certificateurs) f
      ON CONFLICT (code) DO UPDATE SET ${excludedSet(targets, new Set([...KEEP_ON_UPDATE, ...notCarried.certifications]))}
      RETURNING id, code, xmax = 0 AS inserted`),
  );
  const ids = new Map(written.map((w) => [w.code, w.id]));
  // Only records that existed have children to replace: a first import skips the deletes.
  const replaced = written.filter((w) => !w.inserted).map((w) => w.id);
  const idOf = (code: string): string => {
    const id = ids.get(code);
    if (!id) throw new Error(`Certification ${code} not returned by its upsert`);
    return id;
  };
  const children = <T>(pick: (record: ParsedCertification) => T[]): ChildRow<T>[] =>
    items.flatMap(({ record }) => {
      const certificationId = idOf(record.code);
      return pick(record).map((item, position) => ({ certificationId, position, item }));
    });

  if (replaced.length > 0) {
    for (const table of ['certification_certificateurs', 'certification_links']) {
      await tx.execute(sql`DELETE FROM ${sql.raw(table)} WHERE certification_id = ANY(${sql.param(replaced)}::uuid[])`);
    }
    await deleteReplacedCodes(tx, replaced, items, notCarried, idOf);
  }
  await insertRows(tx, 'certification_certificateurs', CERTIFICATEUR_COLUMNS, children((r) => r.certificateurs));
  await insertRows(tx, 'certification_codes', CODE_COLUMNS, children((r) => r.codes));
  await insertRows(tx, 'certification_links', LINK_COLUMNS, children((r) => r.links));
  const blocs = children((r) => r.blocs);
  if (replaced.length > 0) {
    await rowTriggers(true);
    await retireGoneBlocs(tx, replaced, blocs, now);
    await rowTriggers(false);
  }
  await upsertBlocs(tx, blocs, notCarried.blocs);
  await rowTriggers(true);
  await tx.execute(sql`SELECT certification_search_written(${sql.param(written.map((w) => w.id))}::uuid[])`);
  // What the triggers skipped would have done at commit (after the search mark just set).
  if (options.skipRowTriggers) await tx.execute(sql`SELECT certification_catalogue_bump_now()`);
  // The search columns of an updated record were computed without what the file leaves out and
  // the row kept: computed again from the stored row.
  if (replaced.length > 0 && !carriesAll(notCarried)) {
    await tx.execute(sql`SELECT certifications_refresh_search(${sql.param(replaced)}::uuid[])`);
  }
  return ids;
}

/**
 * Removes the codes of the replaced records, but those of a system their format may leave out and
 * their fiche lists none of (format-coverage.ts).
 */
async function deleteReplacedCodes(tx: Executor, replaced: string[], items: RecordToWrite[], notCarried: NotCarried, idOf: (code: string) => string) {
  const kept = items.flatMap(({ record }) =>
    [...notCarried.codeSystems].filter((system) => !record.codes.some((c) => c.system === system)).map((system) => ({ id: idOf(record.code), system })),
  );
  await tx.execute(sql`DELETE FROM certification_codes c WHERE c.certification_id = ANY(${sql.param(replaced)}::uuid[])
    AND NOT EXISTS (SELECT 1 FROM unnest(${sql.param(kept.map((k) => k.id))}::uuid[], ${sql.param(kept.map((k) => k.system))}::text[]) AS k(id, system)
      WHERE k.id = c.certification_id AND k.system = c.system)`);
}

async function insertRows<T>(tx: Executor, table: string, columns: UnnestColumn<T>[], rows: T[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`INSERT INTO ${sql.raw(table)} ${columnList(columns)} ${unnestSelect(columns, rows)}`);
}

/**
 * Blocs are upserted on (certification, code) rather than replaced, so a bloc that stays in the
 * fiche keeps its id (pathways and jury results refer to it). A bloc gone from the fiche goes,
 * unless a pathway or a jury result refers to it: that one is kept, stamped withdrawn, so the
 * fiche can still be updated (a bloc that comes back is current again; retireGoneBlocs, run before).
 */
async function upsertBlocs(tx: Executor, blocs: ChildRow<ParsedBloc>[], keep: ReadonlySet<string>) {
  if (blocs.length === 0) return;
  await tx.execute(sql`
    INSERT INTO certification_blocs ${columnList(BLOC_COLUMNS)}
    ${unnestSelect(BLOC_COLUMNS, blocs)}
    ON CONFLICT (certification_id, code) DO UPDATE SET ${excludedSet(BLOC_COLUMNS, new Set([...BLOC_KEEP_ON_UPDATE, ...keep]))}, withdrawn_at = NULL`);
}

/** The blocs of the replaced records that their fiche no longer lists: withdrawn if used, else deleted. */
async function retireGoneBlocs(tx: Executor, replaced: string[], blocs: ChildRow<ParsedBloc>[], now: string) {
  const gone = sql`b.certification_id = ANY(${sql.param(replaced)}::uuid[])
      AND NOT EXISTS (
        SELECT 1 FROM unnest(${sql.param(blocs.map((b) => b.certificationId))}::uuid[], ${sql.param(blocs.map((b) => b.item.code))}::text[]) AS k(cid, code)
        WHERE k.cid = b.certification_id AND k.code = b.code)`;
  const used = sql`(EXISTS (SELECT 1 FROM pathway_blocs p WHERE p.bloc_id = b.id) OR EXISTS (SELECT 1 FROM jury_bloc_results j WHERE j.bloc_id = b.id))`;
  await tx.execute(sql`UPDATE certification_blocs b SET withdrawn_at = ${now}::timestamptz WHERE ${gone} AND b.withdrawn_at IS NULL AND ${used}`);
  await tx.execute(sql`DELETE FROM certification_blocs b WHERE ${gone} AND NOT ${used}`);
}

/**
 * Brings the lexicon of search-vector lexemes up to the vectors (a no-op when it is): once the
 * writes of an import or of the seed are done, not per batch (it reads every vector, ~0.5 s over
 * the full registry). Until then the search matches word prefixes without it.
 */
export async function refreshLexicon(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT certification_lexemes_refresh()`);
}

/**
 * Brings the planner's statistics of the tables the search reads up to the catalogue, once an
 * import has changed it on PGlite, which has no autovacuum to do it (migration 20261211T1000).
 */
export async function analyzeCatalogue(executor: Executor): Promise<void> {
  await executor.execute(
    sql`ANALYZE certifications, certification_blocs, certification_codes, certification_certificateurs, certification_words, certification_lexemes`,
  );
}
