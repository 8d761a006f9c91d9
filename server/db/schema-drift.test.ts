import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-database';
import type { Database } from './client';
import * as schema from './schema';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

/** The Drizzle schema is written by hand beside the SQL migrations; this keeps the two in step. */
describe('Drizzle schema matches the migrated database', () => {
  const tables = Object.values(schema as Record<string, unknown>).filter((v): v is PgTable => v instanceof PgTable);

  it.each(tables.map((t) => [getTableConfig(t).name, t] as const))('%s', async (name, table) => {
    const rows = await database.query<{ column_name: string; is_nullable: string }>(
      `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [name],
    );
    const inDb = new Map(rows.map((r) => [r.column_name, r.is_nullable === 'YES']));
    const cols = getTableConfig(table).columns;
    expect(cols.map((c) => c.name).sort()).toEqual([...inDb.keys()].sort());
    for (const c of cols) expect({ column: c.name, nullable: !c.notNull }).toEqual({ column: c.name, nullable: inDb.get(c.name) });
  });
});
