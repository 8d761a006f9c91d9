import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../db/client';
import { jobs } from '../db/schema';
import { FixedClock } from '../lib/clock';
import { createTestDatabase } from '../test/test-database';
import { defineJob, enqueue, enqueueScheduled, retryDelayMs, runDueJobs } from './queue';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

describe('job queue', () => {
  it('runs a due job once with its validated payload', async () => {
    const clock = new FixedClock('2026-05-01T10:00:00Z');
    const seen: number[] = [];
    const def = defineJob({ name: 'test.once', schema: z.object({ n: z.number() }), handler: async ({ n }) => void seen.push(n) });
    await enqueue(database.db, clock, def, { n: 7 });
    expect(await runDueJobs({ database, clock, definitions: [def] })).toBe(1);
    expect(await runDueJobs({ database, clock, definitions: [def] })).toBe(0);
    expect(seen).toEqual([7]);
  });

  it('ignores a second enqueue with the same idempotency key', async () => {
    const clock = new FixedClock('2026-05-01T10:00:00Z');
    const seen: string[] = [];
    const def = defineJob({ name: 'test.idem', schema: z.object({ v: z.string() }), handler: async ({ v }) => void seen.push(v) });
    await enqueue(database.db, clock, def, { v: 'first' }, { idempotencyKey: 'idem-1' });
    await enqueue(database.db, clock, def, { v: 'second' }, { idempotencyKey: 'idem-1' });
    await runDueJobs({ database, clock, definitions: [def] });
    expect(seen).toEqual(['first']);
  });

  it('waits for a scheduled time', async () => {
    const clock = new FixedClock('2026-05-01T10:00:00Z');
    let runs = 0;
    const def = defineJob({ name: 'test.later', schema: z.object({}), handler: async () => void runs++ });
    await enqueue(database.db, clock, def, {}, { runAt: new Date('2026-05-01T12:00:00Z') });
    await runDueJobs({ database, clock, definitions: [def] });
    expect(runs).toBe(0);
    clock.set('2026-05-01T12:00:00Z');
    await runDueJobs({ database, clock, definitions: [def] });
    expect(runs).toBe(1);
  });

  it('retries with backoff, then marks the job failed after its last attempt', async () => {
    const clock = new FixedClock('2026-05-02T10:00:00Z');
    let attempts = 0;
    const def = defineJob({ name: 'test.flaky', schema: z.object({}), maxAttempts: 3, handler: async () => {
      attempts++;
      throw new Error(`échec ${attempts}`);
    } });
    await enqueue(database.db, clock, def, {}, { idempotencyKey: 'flaky' });
    await runDueJobs({ database, clock, definitions: [def] });
    expect(attempts).toBe(1);
    await runDueJobs({ database, clock, definitions: [def] });
    expect(attempts).toBe(1); // not yet due again
    clock.advanceMinutes(retryDelayMs(1) / 60_000);
    await runDueJobs({ database, clock, definitions: [def] });
    expect(attempts).toBe(2);
    clock.advanceMinutes(retryDelayMs(2) / 60_000);
    await runDueJobs({ database, clock, definitions: [def] });
    expect(attempts).toBe(3);
    const [row] = await database.db.select().from(jobs).where(eq(jobs.idempotencyKey, 'flaky'));
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'échec 3' });
  });

  it('a job enqueued in a rolled-back transaction never exists', async () => {
    const clock = new FixedClock('2026-05-03T10:00:00Z');
    const def = defineJob({ name: 'test.rollback', schema: z.object({}), handler: async () => undefined });
    await expect(
      database.db.transaction(async (tx) => {
        await enqueue(tx, clock, def, {}, { idempotencyKey: 'rolled-back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await database.db.select().from(jobs).where(eq(jobs.idempotencyKey, 'rolled-back'))).toEqual([]);
  });

  it('enqueues a recurring job once per time slot', async () => {
    const clock = new FixedClock('2026-05-04T10:00:00Z');
    let runs = 0;
    const def = defineJob({ name: 'test.recurring', schema: z.object({}), handler: async () => void runs++ });
    const schedules = [{ definition: def, everyMinutes: 60 }];
    await enqueueScheduled(database, clock, schedules);
    await enqueueScheduled(database, clock, schedules);
    await runDueJobs({ database, clock, definitions: [def] });
    expect(runs).toBe(1);
    clock.advanceMinutes(60);
    await enqueueScheduled(database, clock, schedules);
    await runDueJobs({ database, clock, definitions: [def] });
    expect(runs).toBe(2);
  });
});
