import type { Database } from '../db/client';
import type { Clock } from '../lib/clock';
import type { Logger } from '../lib/logger';
import { enqueueScheduled, runDueJobs, type JobDefinition, type Schedule } from './queue';

export interface Worker {
  stop(): Promise<void>;
}

/** Polls the jobs table; stop() lets the batch in progress finish. */
export function startWorker(opts: {
  database: Database;
  clock: Clock;
  logger: Logger;
  definitions: readonly JobDefinition[];
  schedules: readonly Schedule[];
  pollMs: number;
}): Worker {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const tick = async () => {
    try {
      await enqueueScheduled(opts.database, opts.clock, opts.schedules);
      // Drain what is due before sleeping again.
      while (!stopped && (await runDueJobs(opts)) > 0);
    } catch (err) {
      opts.logger.error({ err }, 'job worker tick failed');
    }
  };
  const loop = () => {
    if (stopped) return;
    current = tick().finally(() => {
      if (!stopped) timer = setTimeout(loop, opts.pollMs);
    });
  };
  loop();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
