import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../test/run-cli';
import { listMigrations } from './migrate';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrate-cli.ts');
const dataDir = mkdtempSync(path.join(tmpdir(), 'jalon-migrate-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// What `npm run db:migrate` runs, on a new embedded database (DATABASE_URL unset).
const runCli = (...args: string[]) => run(CLI, dataDir, args);

describe('npm run db:migrate', () => {
  it('applies every migration to a new database, then has none left to apply', () => {
    const first = runCli();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const names = listMigrations().map((m) => m.name);
    expect(first.stdout).toContain(`Base pglite : ${names.length} migration(s) appliquée(s)`);
    for (const name of names) expect(first.stdout).toContain(`  ${name}\n`);

    const second = runCli();
    expect(second).toMatchObject({ status: 0, stdout: 'Base pglite à jour : aucune migration en attente.\n' });
  });

  it('refuses arguments it does not take, and changes nothing', () => {
    expect(runCli('--force')).toMatchObject({ status: 2, stdout: '', stderr: 'Usage : npm run db:migrate\n' });
  });
});
