import type { TargetService } from '../../../../common/targets';
import type { Executor } from '../../../db/client';
import { completedMonths, targetAlert, type TargetAlert } from '../../../domain/dashboards/alert';
import { apportionPlan } from '../../../domain/dashboards/smoothing';
import type { TAgreement } from '../../targets/targets.schema';
import { parisYearMonth } from './calendar';
import { byMonth, readRollup, type RollupRow } from './rollup';

export interface StructureProgress {
  organisationId: string;
  name: string;
  /** The structure's part of the line (the whole line for a single-structure agreement). */
  share: number;
  plan: number[];
  realised: number[];
  alert: TargetAlert;
}

export interface LineProgress {
  lineId: string;
  service: TargetService;
  territoryLabel: string;
  departementCodes: string[];
  quantity: number;
  budgetCents: number;
  plan: number[];
  realised: number[];
  alert: TargetAlert;
  structures: StructureProgress[];
}

/**
 * Realised against plan for every line of an agreement, and for each structure's share. A
 * realisation fills a line when its structure answers for the agreement, its service is the line's
 * and the candidate's département (at the time) is one the line covers. Exact figures: callers
 * mask them for funders.
 */
export async function agreementProgress(exec: Executor, opts: { agreement: TAgreement; now: Date; onlyStructureId?: string }): Promise<LineProgress[]> {
  const { agreement } = opts;
  const rows = await readRollup(exec, { organisationIds: agreement.structures.map((s) => s.id), year: agreement.year, metric: 'realised' });
  const done = completedMonths(agreement.year, parisYearMonth(opts.now));
  return agreement.lines.map((line) => {
    const inLine = (r: RollupRow) => r.key === line.service && line.departementCodes.includes(r.departementCode);
    const realised = byMonth(rows, inLine);
    const structures = agreement.structures
      .filter((s) => !opts.onlyStructureId || s.id === opts.onlyStructureId)
      .map((s) => {
        const share = line.shares.find((x) => x.organisationId === s.id)?.quantity ?? 0;
        const plan = apportionPlan(share, line.quantity, line.months);
        const mine = byMonth(rows, (r) => inLine(r) && r.organisationId === s.id);
        return { organisationId: s.id, name: s.name, share, plan, realised: mine, alert: targetAlert({ plan, realised: mine, marginPct: agreement.alertMarginPct, completedMonths: done }) };
      });
    return {
      lineId: line.id,
      service: line.service,
      territoryLabel: line.territoryLabel,
      departementCodes: line.departementCodes,
      quantity: line.quantity,
      budgetCents: line.budgetCents,
      plan: line.months,
      realised,
      alert: targetAlert({ plan: line.months, realised, marginPct: agreement.alertMarginPct, completedMonths: done }),
      structures,
    };
  });
}
