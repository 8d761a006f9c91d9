import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from './client';

let database: Database;

beforeAll(async () => {
  database = await openPglite(undefined);
});
afterAll(async () => {
  await database.close();
});

describe('the embedded engine (decision 0007)', () => {
  it('works in template1, where PGlite 0.3 wrote the existing data directories', async () => {
    const [row] = await database.query<{ db: string }>('SELECT current_database() AS db');
    expect(row?.db).toBe('template1');
  });

  it('starts with 32 MB of shared buffers instead of the 128 MB default, a statistics target of 10, and PostgreSQL 17', async () => {
    const rows = await database.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('shared_buffers', 'server_version_num', 'default_statistics_target') ORDER BY name`,
    );
    expect(rows.map((r) => [r.name, r.setting])).toEqual([
      ['default_statistics_target', '10'],
      ['server_version_num', expect.stringMatching(/^17\d{4}$/)],
      ['shared_buffers', String((32 * 1024) / 8)],
    ]);
  });
});
