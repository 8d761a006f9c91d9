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

  it('keeps up to `depth` writes running, and starts another as soon as one of them ends', async () => {
    const writes = new WriteBehind(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    await writes.submit(async () => {
      started.push(1);
      await gates[0]!.promise;
    });
    await writes.submit(async () => {
      started.push(2);
      await gates[1]!.promise;
    });
    const third = writes.submit(async () => {
      started.push(3);
      await gates[2]!.promise;
    });
    await Promise.resolve();
    expect(started).toEqual([1, 2]);
    // The second ends first: the third starts without waiting for the first.
    gates[1]!.resolve();
    await third;
    expect(started).toEqual([1, 2, 3]);
    gates[0]!.resolve();
    gates[2]!.resolve();
    await writes.settle();
  });

  it('runs what follows each write in the order the writes were submitted, whatever order they end in', async () => {
    const writes = new WriteBehind(3);
    const gates = [deferred(), deferred(), deferred()];
    const followed: string[] = [];
    for (const [i, gate] of gates.entries()) {
      await writes.submit(
        async () => {
          await gate.promise;
          return `lot ${i + 1}`;
        },
        (result) => {
          followed.push(result);
        },
      );
    }
    gates[2]!.resolve();
    gates[1]!.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(followed).toEqual([]);
    gates[0]!.resolve();
    await writes.settle();
    expect(followed).toEqual(['lot 1', 'lot 2', 'lot 3']);
  });

  it('after a failed write, what follows the later writes does not run', async () => {
    const writes = new WriteBehind(2);
    const followed: number[] = [];
    const failing = deferred();
    await writes.submit(() => failing.promise, () => {
      followed.push(1);
    });
    await writes.submit(async () => 2, (n) => {
      followed.push(n);
    });
    failing.reject(new Error('connexion perdue'));
    await expect(writes.settle()).rejects.toThrow('connexion perdue');
    expect(followed).toEqual([]);
  });

  it('lets the event loop turn before each write starts, so pending I/O and callbacks run between batches', async () => {
    const writes = new WriteBehind();
    const log: string[] = [];
    for (const n of [1, 2]) {
      // Queued before the submit, as a request arriving while the previous batch was written.
      setImmediate(() => log.push(`callback ${n}`));
      await writes.submit(async () => void log.push(`write ${n}`));
    }
    await writes.settle();
    expect(log).toEqual(['callback 1', 'write 1', 'callback 2', 'write 2']);
  });

  it('refuses a depth that is not a positive whole number', () => {
    expect(() => new WriteBehind(0)).toThrow(RangeError);
    expect(() => new WriteBehind(1.5)).toThrow(RangeError);
  });
});
