import type { Database, Executor } from '../../../db/client';
import type { Principal } from '../../../lib/principal';
import { assertReport, canWriteReport } from '../reports.policy';
import type { TReport } from '../reports.schema';
import { loadReport, presentReport, type LoadedReport } from '../reports.store';

/**
 * The frame of every change a director makes to a report (edit, sign, send): the row is locked,
 * the writer checked on it, the change made in the same transaction, and the report returned as it
 * now stands for that reader.
 */
export async function changeReport(database: Database, principal: Principal, id: string, change: (tx: Executor, locked: LoadedReport) => Promise<void>): Promise<TReport> {
  await database.db.transaction(async (tx) => {
    const locked = await loadReport(tx, id, { forUpdate: true });
    assertReport(canWriteReport(principal, locked.access));
    await change(tx, locked);
  });
  return presentReport(await loadReport(database.db, id), principal);
}
