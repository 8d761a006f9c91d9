import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './client';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name), 'utf8') }));
}

/**
 * Applies pending SQL migrations in name order (names start with a timestamp), each in its own
 * transaction so a failing one leaves the database as it was before it.
 */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await database.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const done = new Set((await database.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
  const applied: string[] = [];
  for (const m of listMigrations(dir)) {
    if (done.has(m.name)) continue;
    const escaped = m.name.replace(/'/g, "''");
    await database.exec(`BEGIN;\n${m.sql}\n;INSERT INTO schema_migrations(name) VALUES ('${escaped}');\nCOMMIT;`).catch(async (err: unknown) => {
      await database.exec('ROLLBACK').catch(() => undefined);
      throw new Error(`Migration ${m.name} failed: ${err instanceof Error ? err.message : String(err)}`);
    });
    applied.push(m.name);
  }
  return applied;
}
