/**
 * Keeps at most one write in flight behind a reader: `submit()` waits for the previous write to
 * end, starts the next and returns at once, so the reader parses the next batch while the
 * database works on this one. Memory stays bounded (the batch being written and the one being
 * read), and writes keep their order.
 *
 * A failed write is not lost: it is thrown by the next `submit()` or `settle()`, never left as an
 * unhandled rejection while the reader is busy.
 */
export class WriteBehind {
  private inFlight: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;

  async submit(write: () => Promise<void>): Promise<void> {
    await this.settle();
    this.inFlight = write().catch((error: unknown) => {
      this.failure = { error };
    });
  }

  /** Waits for the write in flight, if any; throws what it failed with. */
  async settle(): Promise<void> {
    await this.inFlight;
    const failure = this.failure;
    this.failure = null;
    if (failure) throw failure.error;
  }
}
