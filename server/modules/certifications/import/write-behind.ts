/**
 * Keeps at most `depth` writes in flight behind a reader: `submit()` waits until fewer are
 * running, starts the next and returns at once, so the reader parses the next batch while the
 * database works on the previous ones. Memory stays bounded (the batches being written and the
 * one being read).
 *
 * Writes may end in any order, but what follows each one (`then`: counting, reporting progress)
 * runs in the order they were submitted.
 *
 * A failed write is not lost: it is thrown by the next `submit()` or `settle()`, never left as an
 * unhandled rejection while the reader is busy.
 *
 * Each write starts after a turn of the event loop. On PGlite the engine runs on this thread, and
 * when the reader is ahead of the writes (always, there) the import is a chain of promises that
 * never lets the loop reach its I/O: a server importing from its admin page answered no request
 * until the import ended (73 s for the full registry). Now each of its queries waits for one batch
 * at most (under a second per request, measured).
 */
export class WriteBehind {
  /** The writes still running, each settled (never rejected) once its write ends. */
  private readonly running = new Set<Promise<void>>();
  /** What follows the last write submitted: settles after every earlier one's. */
  private tail: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;
  private stopped = false;

  constructor(private readonly depth = 1) {
    if (!Number.isInteger(depth) || depth < 1) throw new RangeError(`depth must be a positive integer, got ${depth}`);
  }

  async submit<T>(write: () => Promise<T>, then?: (result: T) => void | Promise<void>): Promise<void> {
    while (this.running.size >= this.depth) await Promise.race(this.running);
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.throwFailure();
    const written = write();
    // A failure is recorded as soon as the write fails, so the next submit() throws it.
    const running: Promise<void> = written.then(
      () => undefined,
      (error: unknown) => this.fail(error),
    );
    this.running.add(running);
    void running.then(() => this.running.delete(running));
    const outcome = written.then(
      (result) => ({ ok: true as const, result }),
      () => ({ ok: false as const }),
    );
    this.tail = Promise.all([outcome, this.tail])
      .then(async ([ended]) => {
        // Once a write has failed the import stops: what follows the later ones is not reported.
        if (ended.ok && !this.stopped) await then?.(ended.result);
      })
      .catch((error: unknown) => this.fail(error));
  }

  /** Waits for every write and what follows it; throws what the first failure failed with. */
  async settle(): Promise<void> {
    await Promise.all(this.running);
    await this.tail;
    this.throwFailure();
  }

  private fail(error: unknown) {
    this.stopped = true;
    this.failure ??= { error };
  }

  private throwFailure() {
    const failure = this.failure;
    this.failure = null;
    if (failure) throw failure.error;
  }
}
