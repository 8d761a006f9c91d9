import type { App } from './app';
import type { Database } from './db/client';
import type { Worker } from './jobs/worker';
import type { Logger } from './lib/logger';
import type { Mailer } from './modules/mailbox/mailer';

export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Graceful stop: stop accepting, answer 503 to new requests, let in-flight ones finish, stop the
 * worker after its current batch, then close the database. Resolves with the exit code.
 */
export function createShutdown(parts: { app: App; worker: Worker | null; mailer: Mailer | null; database: Database; logger: Logger }) {
  let running: Promise<number> | null = null;
  return (signal: string): Promise<number> => {
    running ??= (async () => {
      parts.logger.info({ signal }, 'shutting down: finishing in-flight requests');
      await parts.app.close();
      await parts.worker?.stop();
      parts.mailer?.close();
      await parts.database.close();
      parts.logger.info('shutdown complete');
      return 0;
    })();
    return running;
  };
}
