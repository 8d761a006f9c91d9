import { buildApp } from './app';
import { prepareDatabase } from './boot';
import { DataDirLockedError } from './db/data-dir-lock';
import { buildJobs } from './jobs/registry';
import { startWorker, type Worker } from './jobs/worker';
import { OffsetClock, systemClock } from './lib/clock';
import { ConfigError, loadEnv } from './lib/env';
import { createLogger } from './lib/logger';
import { createSmtpMailer } from './modules/mailbox/mailer';
import { createShutdown, SHUTDOWN_GRACE_MS } from './lifecycle';

async function main(): Promise<void> {
  let env;
  try {
    env = loadEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger(env);
  const database = await prepareDatabase(env, logger);
  // `main.mjs --prepare-only`: the database made ready, nothing served (see scripts/start.mjs).
  if (process.argv.includes('--prepare-only')) {
    await database.close();
    return;
  }
  const mailer = env.SMTP_URL ? createSmtpMailer(env.SMTP_URL) : null;
  const clock = env.CLOCK_CONTROL === 'true' ? new OffsetClock() : systemClock;
  const app = await buildApp({ database, env, clock, logger, mailer });
  const jobs = buildJobs({ mailer, mailFrom: env.MAIL_FROM, publicUrl: env.PUBLIC_URL });
  let worker: Worker | null = null;
  if (env.RUN_WORKER === 'true') {
    worker = startWorker({ database, clock, logger, definitions: jobs.definitions, schedules: jobs.schedules, pollMs: env.JOBS_POLL_MS });
  }
  const address = await app.listen({ port: env.PORT, host: env.HOST });
  logger.info({ address, database: database.kind }, `Jalon listening on ${address}`);

  const shutdown = createShutdown({ app, worker, mailer, database, logger });
  const onSignal = (signal: string) => {
    const force = setTimeout(() => {
      logger.error('shutdown took too long, exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    void shutdown(signal).then((code) => process.exit(code));
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
}
main().catch((err: unknown) => {
  // Another process has the embedded database open: its French explanation is the whole message.
  if (err instanceof DataDirLockedError) console.error(err.message);
  else console.error('Jalon failed to start:', err);
  process.exit(1);
});
