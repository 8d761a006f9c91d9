import { describe, expect, it } from 'vitest';
import { WriteBehind } from './write-behind';

function deferred() {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('WriteBehind', () => {
  it('returns as soon as a write starts, and starts the next only once the previous one ended', async () => {
    const writes = new WriteBehind();
    const log: string[] = [];
    const first = deferred();
    await writes.submit(async () => {
      log.push('start 1');
      await first.promise;
      log.push('end 1');
    });
    log.push('reading');
    const second = writes.submit(async () => {
      log.push('start 2');
    });
    await Promise.resolve();
    expect(log).toEqual(['start 1', 'reading']);
    first.resolve();
    await second;
    await writes.settle();
    expect(log).toEqual(['start 1', 'reading', 'end 1', 'start 2']);
  });

  it('throws a failed write at the next submit, which then does not start', async () => {
    const writes = new WriteBehind();
    const failing = deferred();
    await writes.submit(() => failing.promise);
    failing.reject(new Error('base indisponible'));
    let started = false;
    await expect(writes.submit(async () => { started = true; })).rejects.toThrow('base indisponible');
    expect(started).toBe(false);
    // Reported once: the queue is usable again.
    await writes.settle();
  });

  it('throws a failed write at settle(), and never as an unhandled rejection', async () => {
    const writes = new WriteBehind();
    await writes.submit(() => Promise.reject(new Error('refus')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(writes.settle()).rejects.toThrow('refus');
  });
});
