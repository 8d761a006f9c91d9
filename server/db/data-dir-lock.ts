import lockfile from 'proper-lockfile';

/** Another Jalon process (the server or a command) has the embedded database's directory open. */
export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(readonly dir: string) {
    super(
      `Le dossier de données ${dir} est déjà ouvert par un autre processus Jalon (le serveur ou une commande). ` +
        'La base embarquée ne supporte qu’un processus à la fois : arrêtez-le avant de relancer, ou lancez l’import depuis la page d’administration du serveur.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLockOptions {
  /** How long to wait for a lock left by a process that died without releasing it (stale after 15 s). */
  waitMs?: number;
  warn?: (message: string) => void;
}

/**
 * Locks the embedded database's directory for this process: PGlite runs PostgreSQL inside the
 * process, without the postmaster's guard against a second instance, so two processes on one
 * directory (the server and `npm run import:rncp`) would both write its files and corrupt it. The lock is `<dir>.lock`, refreshed every 5 s and taken
 * over once 15 s old (a process killed without releasing it); it is released by the returned
 * function, or on exit. PGlite runs queries on the event loop, so a query of more than 15 s can
 * miss a refresh: that is reported, not fatal.
 */
export async function lockDataDir(dir: string, options: DataDirLockOptions = {}): Promise<() => Promise<void>> {
  const waitMs = options.waitMs ?? 20_000;
  const warn = options.warn ?? ((m: string) => process.stderr.write(`${m}\n`));
  try {
    return await lockfile.lock(dir, {
      realpath: false,
      stale: 15_000,
      update: 5_000,
      retries: waitMs > 0 ? { retries: Math.ceil(waitMs / 2_000), minTimeout: 2_000, maxTimeout: 2_000, factor: 1 } : 0,
      onCompromised: (err) => warn(`Jalon : le verrou du dossier de données ${dir} n’a pas pu être rafraîchi (${err.message}).`),
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dir);
    throw err;
  }
}
