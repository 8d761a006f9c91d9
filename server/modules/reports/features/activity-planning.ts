import { MONTH_LABELS, TARGET_SERVICE_LABELS } from '../../../../common/targets';
import type { Database } from '../../../db/client';
import { maskTable, plain } from '../../../domain/dashboards/masking';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { agreementProgress } from '../../dashboards/aggregates/progress';
import { loadDashboardSettings } from '../../dashboards/dashboard-settings';
import { assertAgreement, canReadAgreement } from '../../targets/targets.policy';
import { loadAgreement } from '../../targets/targets.store';
import { isStructureReader } from '../reports.policy';
import type { TPlanning } from '../reports.schema';
import { cellOf, type Cell } from './report-tables';
import { newWorkbook, putRow, toBuffer } from './xlsx';

/**
 * The activity planning of an agreement: per line (and per structure of a groupement), the monthly
 * plan against what was realised. The structures read it exact; the commanditaire reads the
 * structures × months table of each line masked as one table (cells, structure totals, monthly
 * totals of the line and its total), so no figure can be recovered from the others.
 */
export async function activityPlanning(opts: { database: Database; clock: Clock; principal: Principal; agreementId: string }): Promise<TPlanning> {
  const db = opts.database.db;
  const { view, access } = await loadAgreement(db, opts.agreementId);
  assertAgreement(canReadAgreement(opts.principal, access));
  const masked = !isStructureReader(opts.principal, access);
  const { minCount } = await loadDashboardSettings(db);
  const progress = await agreementProgress(db, { agreement: view, now: opts.clock.now() });
  return {
    agreementId: view.id,
    title: view.title,
    year: view.year,
    masked,
    lines: progress.map((p) => {
      const matrix = p.structures.map((s) => s.realised);
      const t = masked ? maskTable(matrix, minCount) : null;
      const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);
      return {
        lineId: p.lineId,
        service: p.service,
        territoryLabel: p.territoryLabel,
        quantity: p.quantity,
        plan: p.plan,
        realised: t ? t.columnTotals : p.realised.map(plain),
        realisedTotal: t ? t.total : plain(sum(p.realised)),
        structures: p.structures.map((s, i) => ({
          organisationId: s.organisationId,
          name: s.name,
          share: s.share,
          plan: s.plan,
          realised: t ? (t.cells[i] ?? []) : s.realised.map(plain),
          realisedTotal: t ? (t.rowTotals[i] ?? { masked: true as const }) : plain(sum(s.realised)),
        })),
      };
    }),
  };
}

/** The planning as a workbook: one sheet, a plan row and a realised row per line and per structure, with totals. */
export async function renderPlanningXlsx(p: TPlanning, minCount: number, stamp: Date): Promise<Buffer> {
  const wb = await newWorkbook(stamp);
  const ws = wb.addWorksheet('Planification');
  const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);
  putRow(ws, [`Planification de l’activité ${p.year} — ${p.title}`], { bold: true });
  if (p.masked) putRow(ws, [`Effectifs inférieurs à ${minCount} masqués.`]);
  putRow(ws, ['Ligne', 'Structure', 'Série', ...MONTH_LABELS, 'Total'], { bold: true });
  for (const l of p.lines) {
    const label = `${TARGET_SERVICE_LABELS[l.service]} — ${l.territoryLabel}`;
    const realised = (cells: TPlanning['lines'][number]['realised'], total: TPlanning['lines'][number]['realisedTotal']): Cell[] => [...cells.map((c) => cellOf(c, minCount)), cellOf(total, minCount)];
    putRow(ws, [label, 'Toutes', 'Plan', ...l.plan, sum(l.plan)], { bold: true });
    putRow(ws, [label, 'Toutes', 'Réalisé', ...realised(l.realised, l.realisedTotal)], { bold: true });
    if (l.structures.length > 1) {
      for (const s of l.structures) {
        putRow(ws, [label, s.name, 'Plan', ...s.plan, sum(s.plan)]);
        putRow(ws, [label, s.name, 'Réalisé', ...realised(s.realised, s.realisedTotal)]);
      }
    }
  }
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 24;
  return toBuffer(wb);
}
