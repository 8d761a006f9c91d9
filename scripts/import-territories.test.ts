import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../server/test/run-cli';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), 'import-territories.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'jalon-import-territories-'));
const dataDir = path.join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// What `npm run import:territories -- …` runs, on a new embedded database (DATABASE_URL unset).
const runCli = (...args: string[]) => run(CLI, dataDir, args);
function csv(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('npm run import:territories', () => {
  it('answers a bad usage with exit code 2 and the usage line', () => {
    const usage = 'Usage : npm run import:territories -- <regions|departements> <fichier.csv> [<regions|departements> <fichier.csv>]\n';
    for (const args of [[], ['regions'], ['communes', 'x.csv'], ['regions', 'a.csv', 'regions', 'b.csv'], ['regions', 'a.csv', 'departements']]) {
      expect(runCli(...args)).toEqual({ status: 2, stdout: '', stderr: usage });
    }
  });

  it('refuses a bad file with exit code 1 and the French message, then imports a good one and reports its counts', () => {
    expect(runCli('regions', path.join(dir, 'absent.csv'))).toMatchObject({ status: 1, stdout: '', stderr: expect.stringMatching(/^Fichier illisible : .*absent\.csv/) });
    const bad = csv('v_region_2025.csv', 'REG,CHEFLIEU,TNCC,NCC,NCCENR,LIBELLE\n28,76540,0,NORMANDIE,Normandie,Normandie\n2,97105,3,GUADELOUPE,Guadeloupe,Guadeloupe\n');
    expect(runCli('regions', bad)).toEqual({ status: 1, stdout: '', stderr: 'v_region_2025.csv, ligne 3 : « 2 » n’est pas un code de région (deux chiffres, par exemple 28).\n' });

    // On a new database the command loads the shipped régions first, as the server does at start.
    const calvados = csv('calvados.csv', 'code;nom;region\n14;Calvados (nouveau nom);28\n');
    expect(runCli('departements', calvados)).toEqual({ status: 0, stdout: 'Départements : 1 lu, 1 écrit, 0 inchangé.\n', stderr: '' });

    const regions = csv('regions.csv', 'code;nom\n28;Normandie\n99;Région nouvelle\n');
    const departements = csv('departements.csv', 'code;nom;region\n14;Calvados (nouveau nom);99\n');
    expect(runCli('departements', departements, 'regions', regions)).toEqual({
      status: 0,
      stdout: 'Régions : 2 lues, 1 écrite, 1 inchangée.\nDépartements : 1 lu, 1 écrit, 0 inchangé.\n',
      stderr: '',
    });
  });
});
