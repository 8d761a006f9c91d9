import { and, eq, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Executor } from '../db/client';
import { jobs } from '../db/schema';
import type { Clock } from '../lib/clock';
import type { Logger } from '../lib/logger';

/** A typed job: its payload is validated when enqueued and again when run. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  maxAttempts?: number;
  handler: (payload: z.infer<S>, ctx: JobContext) => Promise<void>;
}

export interface JobContext {
  database: Database;
  clock: Clock;
  attempt: number;
  isLastAttempt: boolean;
}

export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  return def;
}

export interface EnqueueOptions {
  runAt?: Date;
  /** A second enqueue with the same key is ignored: this is what makes side effects exactly-once. */
  idempotencyKey?: string;
}

/** Enqueue inside the caller's transaction: the job exists only if the change commits. */
export async function enqueue<S extends z.ZodType>(
  exec: Executor,
  clock: Clock,
  def: JobDefinition<S>,
  payload: z.infer<S>,
  opts: EnqueueOptions = {},
): Promise<void> {
  const now = clock.now();
  await exec
    .insert(jobs)
    .values({
      name: def.name,
      payload: def.schema.parse(payload),
      runAt: opts.runAt ?? now,
      createdAt: now,
      maxAttempts: def.maxAttempts ?? 5,
      idempotencyKey: opts.idempotencyKey ?? null,
    })
    .onConflictDoNothing({ target: jobs.idempotencyKey });
}

/** Exponential backoff: 30 s, 2 min, 8 min, 32 min, ... capped at 6 h. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000 * 4 ** (attempt - 1), 6 * 3600_000);
}

const STALE_LOCK_MS = 10 * 60_000;

/**
 * Claims due jobs and runs them. Called by the worker loop, and directly by tests with an
 * injected clock. Returns how many jobs were run.
 */
export async function runDueJobs(opts: {
  database: Database;
  clock: Clock;
  definitions: readonly JobDefinition[];
  logger?: Logger;
  limit?: number;
}): Promise<number> {
  const { database, clock } = opts;
  const now = clock.now();
  const byName = new Map(opts.definitions.map((d) => [d.name, d]));
  // A job left running by a crashed process goes back to the queue.
  await database.db
    .update(jobs)
    .set({ status: 'pending', lockedAt: null })
    .where(and(eq(jobs.status, 'running'), lt(jobs.lockedAt, new Date(now.getTime() - STALE_LOCK_MS))));
  const claimed = await database.query<{ id: string; name: string; payload: unknown; attempts: number; max_attempts: number }>(
    `UPDATE jobs SET status = 'running', locked_at = $1, attempts = attempts + 1
     WHERE id IN (SELECT id FROM jobs WHERE status = 'pending' AND run_at <= $1 ORDER BY run_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING id, name, payload, attempts, max_attempts`,
    [now.toISOString(), opts.limit ?? 20],
  );
  for (const job of claimed) {
    const id = Number(job.id);
    const def = byName.get(job.name);
    const isLastAttempt = job.attempts >= job.max_attempts;
    try {
      if (!def) throw new Error(`Unknown job ${job.name}`);
      await def.handler(def.schema.parse(job.payload), { database, clock, attempt: job.attempts, isLastAttempt });
      await database.db.update(jobs).set({ status: 'done', finishedAt: clock.now(), lockedAt: null }).where(eq(jobs.id, id));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      opts.logger?.warn({ jobId: id, job: job.name, attempt: job.attempts, err: message }, 'job failed');
      await database.db
        .update(jobs)
        .set(
          isLastAttempt
            ? { status: 'failed', lastError: message, finishedAt: clock.now(), lockedAt: null }
            : { status: 'pending', lastError: message, lockedAt: null, runAt: new Date(clock.now().getTime() + retryDelayMs(job.attempts)) },
        )
        .where(eq(jobs.id, id));
    }
  }
  return claimed.length;
}

/** Recurring jobs: one idempotency key per time slot, so several workers enqueue a slot once. */
export interface Schedule {
  definition: JobDefinition;
  everyMinutes: number;
}

export async function enqueueScheduled(database: Database, clock: Clock, schedules: readonly Schedule[]): Promise<void> {
  const now = clock.now();
  for (const s of schedules) {
    const slot = Math.floor(now.getTime() / (s.everyMinutes * 60_000));
    await enqueue(database.db, clock, s.definition, {}, { idempotencyKey: `${s.definition.name}:${slot}` });
  }
}

export async function countJobs(database: Database, status: 'pending' | 'running' | 'done' | 'failed'): Promise<number> {
  const rows = await database.db.select({ n: sql<number>`count(*)::int` }).from(jobs).where(eq(jobs.status, status));
  return rows[0]?.n ?? 0;
}
