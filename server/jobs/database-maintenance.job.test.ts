import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { FixedClock } from '../lib/clock';
import { createTestDatabase } from '../test/test-database';
import { databaseMaintenanceJob } from './database-maintenance.job';
import { buildJobs } from './registry';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const clock = new FixedClock('2026-12-07T02:00:00Z');
const context = (db: Database) => ({ database: db, clock, attempt: 1, isLastAttempt: false });

async function probeState(): Promise<{ estimated: number; visible: number; pages: number }> {
  const [row] = await database.query<{ estimated: number; visible: number; pages: number }>(
    `SELECT reltuples::int AS estimated, relallvisible AS visible, relpages AS pages FROM pg_class WHERE relname = 'maintenance_probe'`,
  );
  if (!row) throw new Error('maintenance_probe absent');
  return row;
}

describe('database maintenance job', () => {
  it('is scheduled once a day', () => {
    const { definitions, schedules } = buildJobs({ mailer: null, mailFrom: 'jalon@example.org', publicUrl: 'http://localhost' });
    expect(definitions).toContain(databaseMaintenanceJob);
    expect(schedules).toContainEqual({ definition: databaseMaintenanceJob, everyMinutes: 24 * 60 });
  });

  it.skipIf(process.env.TEST_DATABASE_URL)('on PGlite, vacuums and analyses: statistics current, pages all visible', async () => {
    await database.exec(`CREATE TABLE maintenance_probe (id int PRIMARY KEY, label text);
      INSERT INTO maintenance_probe SELECT n, 'ligne ' || n FROM generate_series(1, 2000) n;
      DELETE FROM maintenance_probe WHERE id % 2 = 0;`);
    const before = await probeState();
    expect(before.visible).toBe(0);
    await databaseMaintenanceJob.handler({}, context(database));
    const after = await probeState();
    expect(after.estimated).toBe(1000);
    expect(after.pages).toBeGreaterThan(0);
    expect(after.visible).toBe(after.pages);
  });

  it('leaves a PostgreSQL server to its autovacuum', async () => {
    const statements: string[] = [];
    const server = { ...database, kind: 'postgres' as const, exec: async (text: string) => void statements.push(text) };
    await databaseMaintenanceJob.handler({}, context(server));
    expect(statements).toEqual([]);
  });
});
