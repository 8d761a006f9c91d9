import type { Database } from '../../../db/client';
import type { Principal } from '../../../lib/principal';
import { assertListsReportsFor, assertReport, canReadReport } from '../reports.policy';
import type { TReport } from '../reports.schema';
import { loadReport, presentReport, reportRowsFor, type LoadedReport } from '../reports.store';

/** One report, as its reader may see it (403 for whoever may not; the commanditaire only once sent). */
export async function readReport(opts: { database: Database; principal: Principal; id: string }): Promise<{ report: TReport; loaded: LoadedReport }> {
  const loaded = await loadReport(opts.database.db, opts.id);
  assertReport(canReadReport(opts.principal, loaded.access));
  return { report: presentReport(loaded, opts.principal), loaded };
}

/** The reports of an organisation: its own (structure or groupement member), or those sent to it (commanditaire). */
export async function listReports(opts: { database: Database; principal: Principal; organisationId: string; year?: number }) {
  assertListsReportsFor(opts.principal, opts.organisationId);
  const rows = (await reportRowsFor(opts.database.db, opts.organisationId)).filter((r) => opts.year === undefined || r.year === opts.year);
  const items = [];
  for (const r of rows) {
    const loaded = await loadReport(opts.database.db, r.id);
    if (!canReadReport(opts.principal, loaded.access)) continue;
    const { view: _view, narrative: _narrative, ...summary } = presentReport(loaded, opts.principal);
    items.push(summary);
  }
  return items;
}
