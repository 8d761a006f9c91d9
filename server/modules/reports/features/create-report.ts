import type { Database } from '../../../db/client';
import { yearlyReports } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { loadDashboardSettings } from '../../dashboards/dashboard-settings';
import { assertReport, canWriteReport } from '../reports.policy';
import type { TReport, TReportCreate } from '../reports.schema';
import { loadReport, presentReport, structureIdsOf } from '../reports.store';
import { computeReportContent } from './compute-report-content';
import { reportAgreements } from './report-agreements';

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && ('code' in e ? (e as { code?: string }).code === '23505' : false);

/** The director opens the draft of a year's report: its figures are computed now from the aggregates. */
export async function createReport(opts: { database: Database; clock: Clock; principal: Principal; input: TReportCreate }): Promise<TReport> {
  const db = opts.database.db;
  const party = { commanditaireId: opts.input.commanditaireId, year: opts.input.year, organisationId: opts.input.organisationId ?? null, groupementId: opts.input.groupementId ?? null };
  assertReport(canWriteReport(opts.principal, { structureIds: await structureIdsOf(db, party) }));
  const agreements = await reportAgreements(db, party);
  const first = agreements[0];
  if (!first) throw new AppError('REPORT_NO_AGREEMENT');
  const now = opts.clock.now();
  const { minCount } = await loadDashboardSettings(db);
  const content = await computeReportContent(db, { agreements, party: first.party, commanditaire: { id: first.commanditaireId, name: first.commanditaireName }, year: party.year, now, narrative: '', minCount });
  const actor = actorOf(opts.principal);
  let id = '';
  try {
    await db.transaction(async (tx) => {
      const [row] = await tx.insert(yearlyReports).values({ ...party, status: 'draft', narrative: '', content, createdByUserId: actor.userId, createdAt: now, updatedAt: now }).returning({ id: yearlyReports.id });
      if (!row) throw new AppError('INTERNAL');
      id = row.id;
      await recordAudit(tx, { actor, at: now, eventType: 'report.created', entityType: 'yearly_report', entityId: id, details: { year: party.year, commanditaireId: party.commanditaireId, party: first.party } });
    });
  } catch (e) {
    if (isUniqueViolation(e) || (e instanceof Error && isUniqueViolation(e.cause))) throw new AppError('REPORT_EXISTS');
    throw e;
  }
  return presentReport(await loadReport(db, id), opts.principal);
}
