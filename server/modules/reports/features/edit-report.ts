import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { yearlyReports } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { loadDashboardSettings } from '../../dashboards/dashboard-settings';
import type { TReport } from '../reports.schema';
import { changeReport } from './change-report';
import { computeReportContent } from './compute-report-content';
import { reportAgreements } from './report-agreements';

/**
 * While the report is a draft, the director writes the narrative and refreshes the figures (they
 * are recomputed from the aggregates as they stand). Once signed, nothing changes any more.
 */
export async function editReport(opts: { database: Database; clock: Clock; principal: Principal; id: string; narrative?: string; refresh?: boolean }): Promise<TReport> {
  const now = opts.clock.now();
  return changeReport(opts.database, opts.principal, opts.id, async (tx, { row, content }) => {
    if (row.status !== 'draft') throw new AppError('REPORT_NOT_DRAFT');
    const narrative = opts.narrative ?? row.narrative;
    let next = content;
    if (opts.refresh) {
      const agreements = await reportAgreements(tx, row);
      const { minCount } = await loadDashboardSettings(tx);
      next = await computeReportContent(tx, { agreements, party: content.party, commanditaire: content.commanditaire, year: row.year, now, narrative, minCount });
    }
    await tx.update(yearlyReports).set({ narrative, content: next, updatedAt: now }).where(eq(yearlyReports.id, row.id));
    await recordAudit(tx, { actor: actorOf(opts.principal), at: now, eventType: 'report.updated', entityType: 'yearly_report', entityId: row.id, details: { narrativeChanged: narrative !== row.narrative, refreshed: opts.refresh === true } });
  });
}
