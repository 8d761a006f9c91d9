import { mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from './client';
import { DataDirLockedError } from './data-dir-lock';

const root = mkdtempSync(path.join(tmpdir(), 'jalon-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('one process at a time on the embedded database’s directory', () => {
  it('refuses a second opening with a French explanation, and allows it once the first is closed', async () => {
    const dir = path.join(root, 'a', 'pglite');
    const first = await openPglite(dir);
    await first.exec('CREATE TABLE t (n int); INSERT INTO t VALUES (1)');
    const second = openPglite(dir, undefined, { waitMs: 0 });
    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(second).rejects.toMatchObject({ code: 'DATA_DIR_LOCKED', message: expect.stringContaining('déjà ouvert par un autre processus Jalon') as string });
    await first.close();
    const again = await openPglite(dir, undefined, { waitMs: 0 });
    expect(await again.query<{ n: number }>('SELECT n FROM t')).toEqual([{ n: 1 }]);
    await again.close();
  });

  it('takes over a lock left by a process that died without releasing it', async () => {
    const dir = path.join(root, 'b', 'pglite');
    mkdirSync(`${dir}.lock`, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${dir}.lock`, old, old);
    const database = await openPglite(dir, undefined, { waitMs: 0 });
    expect(await database.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await database.close();
  });

  it('leaves in-memory databases alone', async () => {
    const [a, b] = await Promise.all([openPglite(undefined), openPglite(undefined)]);
    expect(await a.query<{ n: number }>('SELECT 1 AS n')).toEqual([{ n: 1 }]);
    expect(await b.query<{ n: number }>('SELECT 2 AS n')).toEqual([{ n: 2 }]);
    await Promise.all([a.close(), b.close()]);
  });
});
