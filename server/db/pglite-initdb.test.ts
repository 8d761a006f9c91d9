import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPglite } from './client';
import { initdbApart, needsInitdb } from './pglite-initdb';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jalon-initdb-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a new PGlite data directory, created by a child process', () => {
  it('is created apart, then opens in this process with its tables, in template1', async () => {
    const dataDir = path.join(tempDir(), 'pglite');
    expect(needsInitdb(dataDir)).toBe(true);
    await initdbApart(dataDir);
    expect(needsInitdb(dataDir)).toBe(false);
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);

    const database = await openPglite(dataDir);
    try {
      await database.exec('CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)');
      const [row] = await database.query<{ db: string }>('SELECT current_database() AS db');
      expect(row?.db).toBe('template1');
    } finally {
      await database.close();
    }
    const reopened = await openPglite(dataDir);
    try {
      expect(await reopened.query<{ n: number }>('SELECT n FROM kept')).toEqual([{ n: 7 }]);
    } finally {
      await reopened.close();
    }
  });

  it('is what openPglite does for a directory that does not exist yet, so it does not keep initdb in memory', async () => {
    const dataDir = path.join(tempDir(), 'nested', 'pglite');
    const before = process.memoryUsage().external;
    const database = await openPglite(dataDir);
    try {
      // The engine's WASM heap is external memory: about 140 MB opened, 390 to 640 MB more when
      // this process also ran initdb (its instance stays referenced).
      expect(process.memoryUsage().external - before).toBeLessThan(300 * 1024 * 1024);
      expect(needsInitdb(dataDir)).toBe(false);
      expect(await database.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  });

  it('reports a directory that cannot be created, in French, and leaves no database behind', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a directory');
    const dataDir = path.join(blocker, 'pglite');
    await expect(initdbApart(dataDir)).rejects.toThrow(/^Création de la base PGlite dans .* impossible/);
    expect(needsInitdb(dataDir)).toBe(true);
  });
});
