import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from './client';

/** The backup file's format and what backup and restore both read of the database (server/db/backup.ts). */
export const FORMAT = 'jalon-backup';
export const FORMAT_VERSION = 1;
export const FETCH_ROWS = 1000;
export const INSERT_MAX_ROWS = 1000;
// Keeps one INSERT's parameter well below what a PGlite message or a pg packet comfortably carries.
export const INSERT_MAX_CHARS = 8 * 1024 * 1024;
// A corrupt file without newlines must not make the restore buffer it all in memory.
export const MAX_LINE_CHARS = 128 * 1024 * 1024;

export const ZTableCount = z.object({ name: z.string().min(1), rows: z.number().int().nonnegative() });
export const ZManifest = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  migrations: z.array(z.string()),
  tables: z.array(ZTableCount),
});
export const ZTableHeader = z.object({ table: z.string(), columns: z.array(z.string()), rows: z.number().int().nonnegative() });
export const ZTrailer = z.object({ end: z.literal(true), rows: z.number().int().nonnegative() });

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

export interface TableInfo {
  name: string;
  /** Insertable columns in table order (generated columns are recomputed by the database). */
  columns: string[];
  primaryKey: string[];
  /** Tables this one references: their rows must be restored first. */
  parents: string[];
  hasUserTriggers: boolean;
}

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const qualified = (table: string) => sql.raw(`public.${ident(table)}`);

export async function rows<T>(tx: Tx, query: SQL): Promise<T[]> {
  // Both drivers answer { rows }, but drizzle types execute() loosely across drivers.
  const result: unknown = await tx.execute(query);
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) return result.rows as T[];
  throw new Error('unexpected query result shape');
}

export async function appliedMigrations(tx: Tx): Promise<string[]> {
  const [exists] = await rows<{ ok: boolean }>(tx, sql`SELECT to_regclass('public.schema_migrations') IS NOT NULL AS ok`);
  if (!exists?.ok) throw new BackupError('Cette base n’a pas de schéma Jalon (table schema_migrations absente).');
  return (await rows<{ name: string }>(tx, sql`SELECT name FROM public.schema_migrations ORDER BY name`)).map((r) => r.name);
}

/** The application tables, parents before children so inserts satisfy foreign keys without disabling them. */
export async function describeTables(tx: Tx): Promise<TableInfo[]> {
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
export function dependencyOrder(tables: TableInfo[]): TableInfo[] {
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
