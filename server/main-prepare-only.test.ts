import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/client';
import { runCli } from './test/run-cli';

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'jalon-prepare-only-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// What scripts/start.mjs runs first on a new embedded database, so the server starts on a database
// already made (its memory stays that of a server, not of the one that seeded the demo data).
describe('main --prepare-only', () => {
  it('creates, migrates and seeds a new embedded database, then exits without serving', async () => {
    const dataDir = path.join(dir, 'data');
    const result = runCli(MAIN, dataDir, ['--prepare-only']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/Jalon listening/);
    expect(result.stdout).toMatch(/demo data created/);

    const database = await openDatabase({ dataDir });
    try {
      const [row] = await database.query<{ users: number; certifications: number }>(
        `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM certifications WHERE code = 'RNCP37274') AS certifications`,
      );
      expect(row?.users).toBeGreaterThan(0);
      expect(row?.certifications).toBe(1);
    } finally {
      await database.close();
    }
  });
});
