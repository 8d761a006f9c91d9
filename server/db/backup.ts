import { createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { systemClock, type Clock } from '../lib/clock';
import type { Database, Tx } from './client';
import { FORMAT, FORMAT_VERSION, FETCH_ROWS, BackupError, ident, qualified, rows, appliedMigrations, describeTables, type TTableCount, type TBackupManifest, type BackupResult, type TableInfo } from './backup-format';

export { BackupError, type BackupResult, type RestoreResult, type TBackupManifest, type TTableCount } from './backup-format';
export { restoreDatabase } from './backup-restore';

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
