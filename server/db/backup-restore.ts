import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { systemClock, type Clock } from '../lib/clock';
import { recordAudit } from '../modules/audit/record-audit';
import type { Database, Tx } from './client';
import { INSERT_MAX_ROWS, INSERT_MAX_CHARS, MAX_LINE_CHARS, ZManifest, ZTableHeader, ZTrailer, BackupError, ident, qualified, rows, appliedMigrations, describeTables, type TBackupManifest, type RestoreResult, type TableInfo } from './backup-format';

/** Restores a backup written by backupDatabase (server/db/backup.ts), in one transaction. */
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
      let reader: Promise<void> | undefined;
      const consume = async (input: AsyncIterable<Buffer>): Promise<void> => {
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
      };
      await pipeline(createReadStream(source), createGunzip(), (input: AsyncIterable<Buffer>) => (reader = consume(input))).catch(
        async (err: unknown) => {
          // pipeline() rejects as soon as a stream fails, while the reader may still be awaiting a
          // query on this transaction; rolling back before it settles would let that query run on
          // the connection after it went back to the pool, inside someone else's transaction.
          const first = readerError;
          await reader?.catch(() => undefined);
          throw first ?? err;
        },
      );
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
