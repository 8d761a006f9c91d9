import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { systemClock, type Clock } from '../lib/clock';
import { recordAudit } from '../modules/audit/record-audit';
import type { Database, Tx } from './client';

/**
 * Portable logical backups: a gzipped JSON-lines file that PGlite and a PostgreSQL server both
 * write and read the same way, so a backup taken in one mode restores into the other.
 *
 * Layout, one JSON value per line:
 *   manifest                    { format, version, createdAt, engine, migrations, tables: [{ name, rows }] }
 *   per table, in manifest order: { table, columns, rows } then exactly `rows` lines of to_jsonb(row)
 *   trailer                     { end: true, rows }
 * Rows travel as PostgreSQL's own JSON text and are never parsed by Node, so numerics, bigints and
 * timestamps keep their full precision. gzip's CRC, the per-table counts and the trailer together
 * catch a truncated or altered file; the restore runs in one transaction, so it changes nothing then.
 */

const FORMAT = 'jalon-backup';
const FORMAT_VERSION = 1;
const FETCH_ROWS = 1000;
const INSERT_MAX_ROWS = 1000;
// Keeps one INSERT's parameter well below what a PGlite message or a pg packet comfortably carries.
const INSERT_MAX_CHARS = 8 * 1024 * 1024;
// A corrupt file without newlines must not make the restore buffer it all in memory.
const MAX_LINE_CHARS = 128 * 1024 * 1024;

const ZTableCount = z.object({ name: z.string().min(1), rows: z.number().int().nonnegative() });
const ZManifest = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  migrations: z.array(z.string()),
  tables: z.array(ZTableCount),
});
const ZTableHeader = z.object({ table: z.string(), columns: z.array(z.string()), rows: z.number().int().nonnegative() });
const ZTrailer = z.object({ end: z.literal(true), rows: z.number().int().nonnegative() });

export type TTableCount = z.infer<typeof ZTableCount>;
export type TBackupManifest = z.infer<typeof ZManifest>;

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: TBackupManifest;
}

export interface RestoreResult {
  file: string;
  backupCreatedAt: string;
  sourceEngine: TBackupManifest['engine'];
  tables: TTableCount[];
}

/** A refusal the operator can act on; the message is French and says what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

interface TableInfo {
  name: string;
  /** Insertable columns in table order (generated columns are recomputed by the database). */
  columns: string[];
  primaryKey: string[];
  /** Tables this one references: their rows must be restored first. */
  parents: string[];
  hasUserTriggers: boolean;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const qualified = (table: string) => sql.raw(`public.${ident(table)}`);

async function rows<T>(tx: Tx, query: SQL): Promise<T[]> {
  // Both drivers answer { rows }, but drizzle types execute() loosely across drivers.
  const result: unknown = await tx.execute(query);
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) return result.rows as T[];
  throw new Error('unexpected query result shape');
}

async function appliedMigrations(tx: Tx): Promise<string[]> {
  const [exists] = await rows<{ ok: boolean }>(tx, sql`SELECT to_regclass('public.schema_migrations') IS NOT NULL AS ok`);
  if (!exists?.ok) throw new BackupError('Cette base n’a pas de schéma Jalon (table schema_migrations absente).');
  return (await rows<{ name: string }>(tx, sql`SELECT name FROM public.schema_migrations ORDER BY name`)).map((r) => r.name);
}

/** The application tables, parents before children so inserts satisfy foreign keys without disabling them. */
async function describeTables(tx: Tx): Promise<TableInfo[]> {
  const columns = await rows<{ table_name: string; column_name: string }>(
    tx,
    sql`SELECT c.table_name, c.column_name FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_migrations' AND c.is_generated = 'NEVER'
        ORDER BY c.table_name, c.ordinal_position`,
  );
  const keys = await rows<{ table_name: string; column_name: string }>(
    tx,
    sql`SELECT tc.table_name, k.column_name FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name
        WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY' ORDER BY tc.table_name, k.ordinal_position`,
  );
  const links = await rows<{ child: string; parent: string }>(
    tx,
    sql`SELECT ch.relname AS child, pa.relname AS parent FROM pg_constraint k
        JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid JOIN pg_namespace n ON n.oid = ch.relnamespace
        WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const triggered = await rows<{ table_name: string }>(
    tx,
    sql`SELECT DISTINCT c.relname AS table_name FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE NOT g.tgisinternal AND n.nspname = 'public'`,
  );
  const byName = new Map<string, TableInfo>();
  for (const c of columns) {
    const t = byName.get(c.table_name) ?? { name: c.table_name, columns: [], primaryKey: [], parents: [], hasUserTriggers: false };
    t.columns.push(c.column_name);
    byName.set(t.name, t);
  }
  for (const k of keys) byName.get(k.table_name)?.primaryKey.push(k.column_name);
  for (const l of links) if (l.child !== l.parent && byName.has(l.parent)) byName.get(l.child)?.parents.push(l.parent);
  for (const t of triggered) {
    const info = byName.get(t.table_name);
    if (info) info.hasUserTriggers = true;
  }
  return dependencyOrder([...byName.values()]);
}

/** Kahn's algorithm with name order as tie-break, so two databases of the same schema agree on the order. */
function dependencyOrder(tables: TableInfo[]): TableInfo[] {
  const pending = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  while (pending.size > 0) {
    const ready = [...pending.values()].filter((t) => t.parents.every((p) => !pending.has(p))).sort((a, b) => a.name.localeCompare(b.name));
    // A foreign-key cycle: restore the rest by name; an inconsistent row will then fail the restore cleanly.
    const next = ready.length > 0 ? ready : [...pending.values()].sort((a, b) => a.name.localeCompare(b.name));
    for (const t of next) {
      ordered.push(t);
      pending.delete(t.name);
    }
  }
  return ordered;
}

async function* backupLines(tx: Tx, tables: TableInfo[], manifest: TBackupManifest): AsyncGenerator<string> {
  yield `${JSON.stringify(manifest)}\n`;
  let total = 0;
  for (const [i, table] of tables.entries()) {
    const expected = manifest.tables[i]?.rows ?? 0;
    yield `${JSON.stringify({ table: table.name, columns: table.columns, rows: expected })}\n`;
    // Primary-key order makes two backups of the same data identical, which eases comparing them.
    const orderBy = table.primaryKey.length > 0 ? ` ORDER BY ${table.primaryKey.map(ident).join(', ')}` : '';
    await tx.execute(sql.raw(`DECLARE jalon_backup NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS j FROM public.${ident(table.name)} t${orderBy}`));
    let written = 0;
    for (;;) {
      const batch = await rows<{ j: string }>(tx, sql.raw(`FETCH ${FETCH_ROWS} FROM jalon_backup`));
      if (batch.length === 0) break;
      written += batch.length;
      yield `${batch.map((r) => r.j).join('\n')}\n`;
    }
    await tx.execute(sql.raw('CLOSE jalon_backup'));
    if (written !== expected) throw new Error(`table ${table.name}: ${written} rows read, ${expected} counted`);
    total += written;
  }
  yield `${JSON.stringify({ end: true, rows: total })}\n`;
}

/** Writes a consistent snapshot of every application table to `file` (replaced only once complete). */
export async function backupDatabase(database: Database, file: string, opts: { clock?: Clock } = {}): Promise<BackupResult> {
  const target = path.resolve(file);
  const partial = `${target}.partial-${process.pid}`;
  const dir = await stat(path.dirname(target)).catch(() => null);
  if (!dir?.isDirectory()) throw new BackupError(`Dossier introuvable pour la sauvegarde : ${path.dirname(target)}`);
  try {
    const manifest = await database.db.transaction(
      async (tx) => {
        const migrations = await appliedMigrations(tx);
        const tables = await describeTables(tx);
        const counts: TTableCount[] = [];
        for (const t of tables) {
          const [c] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM ${qualified(t.name)}`);
          counts.push({ name: t.name, rows: c?.n ?? 0 });
        }
        const m: TBackupManifest = {
          format: FORMAT,
          version: FORMAT_VERSION,
          createdAt: (opts.clock ?? systemClock).now().toISOString(),
          engine: database.kind,
          migrations,
          tables: counts,
        };
        // Owner-only: the file holds password hashes and personal data.
        await pipeline(Readable.from(backupLines(tx, tables, m)), createGzip(), createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
        return m;
      },
      // One snapshot for the counts and every table, even while the server keeps writing.
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    // On disk before it takes the final name, so a crash never leaves a short file under that name.
    const handle = await open(partial, 'r');
    await handle.sync().finally(() => handle.close());
    await rename(partial, target);
    return { file: target, bytes: (await stat(target)).size, manifest };
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}

/** Splits a byte stream into lines; the caller pulls them one at a time. */
async function* readLines(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of source) {
    pending += decoder.write(chunk);
    let start = 0;
    for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', start)) {
      yield pending.slice(start, nl);
      start = nl + 1;
    }
    pending = pending.slice(start);
    if (pending.length > MAX_LINE_CHARS) throw new BackupError('Le fichier de sauvegarde est corrompu (ligne démesurée).');
  }
  pending += decoder.end();
  if (pending.length > 0) yield pending;
}

const corrupt = (what: string) => new BackupError(`Le fichier de sauvegarde est incomplet ou corrompu : ${what}. Rien n’a été modifié.`);

async function nextLine(lines: AsyncGenerator<string>, what: string): Promise<string> {
  const next = await lines.next();
  if (next.done) throw corrupt(`fin de fichier inattendue (${what} manquant)`);
  return next.value;
}

function parseLine<T>(schema: z.ZodType<T>, line: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw corrupt(`${what} illisible`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw corrupt(`${what} invalide`);
  return parsed.data;
}

function checkCompatible(manifest: TBackupManifest, migrations: string[], tables: TableInfo[]): void {
  const inFile = new Set(manifest.migrations);
  const inDb = new Set(migrations);
  const missingHere = manifest.migrations.filter((m) => !inDb.has(m));
  const missingThere = migrations.filter((m) => !inFile.has(m));
  if (missingHere.length > 0 || missingThere.length > 0) {
    const parts = [
      missingHere.length > 0 ? `migrations de la sauvegarde absentes de cette base : ${missingHere.join(', ')}` : '',
      missingThere.length > 0 ? `migrations de cette base absentes de la sauvegarde : ${missingThere.join(', ')}` : '',
    ].filter(Boolean);
    throw new BackupError(
      `Cette sauvegarde a été faite avec une autre version du schéma (${parts.join(' ; ')}). ` +
        'Restaurez-la avec la version de Jalon qui l’a créée, puis mettez à jour. Rien n’a été modifié.',
    );
  }
  const known = new Map(tables.map((t) => [t.name, t]));
  const names = manifest.tables.map((t) => t.name);
  if (names.length !== known.size || names.some((n) => !known.has(n)) || new Set(names).size !== names.length) {
    throw corrupt('la liste des tables ne correspond pas au schéma de cette base');
  }
  // Rows are inserted as they are read, so the file must list every parent before its children.
  const seen = new Set<string>();
  for (const n of names) {
    if (known.get(n)?.parents.some((p) => !seen.has(p))) throw corrupt(`la table ${n} précède une table dont elle dépend`);
    seen.add(n);
  }
}

/** The database's own message, without drizzle's copy of the query and its parameters (the rows). */
function databaseMessage(err: unknown): string {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    if ('code' in e && typeof e.code === 'string') return e.message;
  }
  return err instanceof Error ? err.message.split('\n')[0]?.slice(0, 300) ?? '' : String(err);
}

async function insertRows(tx: Tx, table: TableInfo, lines: string[]): Promise<void> {
  const cols = sql.raw(table.columns.map(ident).join(', '));
  // ::text first: the array travels as text on both drivers instead of being re-serialised as JSON.
  const payload = `[${lines.join(',')}]`;
  try {
    await tx.execute(
      sql`INSERT INTO ${qualified(table.name)} (${cols}) OVERRIDING SYSTEM VALUE
          SELECT ${cols} FROM jsonb_populate_recordset(NULL::${qualified(table.name)}, ${payload}::text::jsonb)`,
    );
  } catch (err) {
    throw corrupt(`la table ${table.name} n’a pas pu être restaurée (${databaseMessage(err)})`);
  }
}

async function resetSequences(tx: Tx): Promise<void> {
  // Sequences owned by a column (serial, bigserial, identity) restart after the restored maximum.
  const owned = await rows<{ seq: string; table_name: string; column_name: string }>(
    tx,
    sql`SELECT s.relname AS seq, t.relname AS table_name, a.attname AS column_name FROM pg_class s
        JOIN pg_namespace n ON n.oid = s.relnamespace
        JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
        JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
        WHERE s.relkind = 'S' AND n.nspname = 'public'`,
  );
  for (const o of owned) {
    const col = sql.raw(ident(o.column_name));
    await tx.execute(
      sql`SELECT setval(${`public.${ident(o.seq)}`}::regclass, coalesce(max(${col}), 1), max(${col}) IS NOT NULL) FROM ${qualified(o.table_name)}`,
    );
  }
}

/** Reads each table's header and rows in file order and inserts them in batches; returns the row count. */
async function restoreRows(tx: Tx, lines: AsyncGenerator<string>, manifest: TBackupManifest, byName: Map<string, TableInfo>): Promise<number> {
  let total = 0;
  for (const entry of manifest.tables) {
    const table = byName.get(entry.name);
    const header = parseLine(ZTableHeader, await nextLine(lines, `table ${entry.name}`), `en-tête de la table ${entry.name}`);
    if (!table || header.table !== entry.name || header.rows !== entry.rows) throw corrupt(`en-tête de la table ${entry.name} inattendu`);
    let batch: string[] = [];
    let chars = 0;
    for (let i = 0; i < entry.rows; i++) {
      const line = await nextLine(lines, `ligne ${i + 1} de la table ${entry.name}`);
      batch.push(line);
      chars += line.length;
      if (batch.length >= INSERT_MAX_ROWS || chars >= INSERT_MAX_CHARS) {
        await insertRows(tx, table, batch);
        batch = [];
        chars = 0;
      }
    }
    if (batch.length > 0) await insertRows(tx, table, batch);
    total += entry.rows;
  }
  return total;
}

/**
 * Replaces every application table with the content of `file`, in one transaction: a file from
 * another schema version, or a truncated or corrupt one, is refused and the database keeps its data.
 * User triggers (the append-only guard of audit_events) are disabled for the duration; foreign keys
 * stay checked. Needs the rights of the tables' owner, not a superuser.
 */
export async function restoreDatabase(database: Database, file: string, opts: { clock?: Clock } = {}): Promise<RestoreResult> {
  const source = path.resolve(file);
  const info = await stat(source).catch(() => null);
  if (!info?.isFile()) throw new BackupError(`Fichier de sauvegarde introuvable : ${source}`);
  try {
    return await database.db.transaction(async (tx) => {
      const migrations = await appliedMigrations(tx);
      const tables = await describeTables(tx);
      const byName = new Map(tables.map((t) => [t.name, t]));
      let manifest: TBackupManifest | undefined;
      // pipeline() reports the first error it sees, which can be the abort of the input streams it
      // causes itself; the reader's own error is the one that explains the refusal.
      let readerError: unknown;
      await pipeline(createReadStream(source), createGunzip(), async (input: AsyncIterable<Buffer>) => {
        const lines = readLines(input);
        try {
          const m = parseLine(ZManifest, await nextLine(lines, 'en-tête'), 'en-tête');
          checkCompatible(m, migrations, tables);
          const triggered = tables.filter((t) => t.hasUserTriggers).map((t) => qualified(t.name));
          for (const t of triggered) await tx.execute(sql`ALTER TABLE ${t} DISABLE TRIGGER USER`);
          await tx.execute(sql`TRUNCATE ${sql.join(tables.map((t) => qualified(t.name)), sql`, `)}`);
          const total = await restoreRows(tx, lines, m, byName);
          const trailer = parseLine(ZTrailer, await nextLine(lines, 'marque de fin'), 'marque de fin');
          if (trailer.rows !== total) throw corrupt('nombre total de lignes incohérent');
          if (!(await lines.next()).done) throw corrupt('données après la marque de fin');
          for (const t of triggered) await tx.execute(sql`ALTER TABLE ${t} ENABLE TRIGGER USER`);
          manifest = m;
        } catch (err) {
          readerError = err;
          throw err;
        }
      }).catch((err: unknown) => {
        throw readerError ?? err;
      });
      if (!manifest) throw corrupt('lecture interrompue');
      await resetSequences(tx);
      const restored = manifest.tables.reduce((n, t) => n + t.rows, 0);
      await recordAudit(tx, {
        actor: { userId: null, organisationId: null },
        at: (opts.clock ?? systemClock).now(),
        eventType: 'database.restored',
        entityType: 'database',
        entityId: null,
        details: { file: path.basename(source), backupCreatedAt: manifest.createdAt, sourceEngine: manifest.engine, tables: manifest.tables.length, rows: restored },
      });
      return { file: source, backupCreatedAt: manifest.createdAt, sourceEngine: manifest.engine, tables: manifest.tables };
    });
  } catch (err) {
    if (err instanceof BackupError) throw err;
    // zlib reports a damaged or cut gzip stream with Z_* codes (Z_DATA_ERROR, Z_BUF_ERROR).
    if (err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('Z_')) {
      throw corrupt(`compression illisible (${err.message})`);
    }
    throw err;
  }
}
