import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
// Not named like this module: the tests' resolver would take a .mjs of the same name for it.
const SCRIPT = fileURLToPath(new URL('./initdb-child.mjs', import.meta.url));

/** Whether a PGlite data directory still has to be created (initdb has not run in it). */
export function needsInitdb(dataDir: string): boolean {
  return !existsSync(path.join(dataDir, 'PG_VERSION'));
}

/**
 * Creates the data directory in a short-lived child process. PGlite 0.4 runs initdb in a WASM
 * instance of its own that the creating process keeps referenced: a server that created its
 * database on first start held about 500 MB more (717 MB resident instead of about 400), and a
 * forced collection did not free it. The child takes that memory with it when it exits.
 */
export async function initdbApart(dataDir: string): Promise<void> {
  try {
    await run(process.execPath, [SCRIPT, dataDir], { maxBuffer: 1024 * 1024 });
  } catch (err) {
    const detail = (err as { stderr?: string }).stderr?.trim() || (err instanceof Error ? err.message : String(err));
    throw new Error(`Création de la base PGlite dans ${dataDir} impossible : ${detail}`);
  }
}
