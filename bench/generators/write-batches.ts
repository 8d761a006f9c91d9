import type { Database, Tx } from '../../server/db/client';

/** Rows per transaction: large enough to amortise commits, small enough to keep memory flat. */
const ROWS_PER_TRANSACTION = 20_000;

/**
 * Pulls rows from a lazy source and writes them as multi-row INSERTs of `batchRows` rows,
 * several statements per transaction. `write` inserts one batch (and its dependent rows, if
 * any) with the typed query builder, so a schema change breaks the generator at compile time.
 */
export async function writeInBatches<R>(opts: {
  database: Database;
  rows: Iterable<R>;
  batchRows: number;
  write: (tx: Tx, batch: R[]) => Promise<number>;
  progress: (rows: number) => void;
}): Promise<void> {
  const iterator = opts.rows[Symbol.iterator]();
  let exhausted = false;
  const take = (): R[] => {
    const batch: R[] = [];
    while (batch.length < opts.batchRows) {
      const step = iterator.next();
      if (step.done) {
        exhausted = true;
        break;
      }
      batch.push(step.value);
    }
    return batch;
  };
  while (!exhausted) {
    await opts.database.db.transaction(async (tx) => {
      for (let inTx = 0; inTx < ROWS_PER_TRANSACTION && !exhausted; ) {
        const batch = take();
        if (batch.length === 0) break;
        opts.progress(await opts.write(tx, batch));
        inTx += batch.length;
      }
    });
  }
}
