import { spawnSync } from 'node:child_process';

/**
 * Runs a command-line script the way `npm run <script>` does (through tsx), on the embedded
 * database under `dataDir` (DATABASE_URL unset), and returns what it printed and its exit code.
 */
export function runCli(script: string, dataDir: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  // A command that does not exit fails its test after two minutes rather than hanging the suite.
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
