import { phaseOfState } from '../../../../common/assistance';
import { ASSISTANCE_CLOSURE_REASON_LABELS } from '../../../../common/assistance';
import { CLOSURE_REASON_LABELS, PATHWAY_STATE_LABELS, type PathwayState } from '../../../../common/pathway';
import { JURY_OUTCOME_LABELS, type TargetService } from '../../../../common/targets';
import { maskedMean, maskList, maskTable } from '../../../domain/dashboards/masking';
import type { OutcomeCounts } from '../aggregates/outcomes';

/**
 * What funders and resource centres read is built here and only here, from exact aggregates,
 * through the masking rules of server/domain/dashboards/masking.ts.
 */
export function maskedMonthlyTable(service: TargetService, rows: readonly { id: string; label: string; months: readonly number[] }[], minCount: number) {
  const t = maskTable(rows.map((r) => [...r.months]), minCount);
  return {
    service,
    rows: rows.map((r, i) => ({ id: r.id, label: r.label, cells: t.cells[i] ?? [], total: t.rowTotals[i] ?? { masked: true as const } })),
    columnTotals: rows.length ? t.columnTotals : Array.from({ length: 12 }, () => ({ masked: false as const, value: 0 })),
    total: t.total,
  };
}

function labelledList(counts: Record<string, number>, labels: Record<string, string>, minCount: number) {
  const keys = Object.keys(counts);
  const m = maskList(keys.map((k) => counts[k] ?? 0), minCount);
  return { items: keys.map((k, i) => ({ key: k, label: labels[k] ?? k, count: m.cells[i] ?? { masked: true as const } })), total: m.total };
}

export function maskedOutcomes(o: OutcomeCounts, minCount: number) {
  return {
    jury: labelledList(o.jury, JURY_OUTCOME_LABELS, minCount),
    pathwayClosures: labelledList(o.pathwayClosures, CLOSURE_REASON_LABELS, minCount),
    assistanceClosures: labelledList(o.assistanceClosures, ASSISTANCE_CLOSURE_REASON_LABELS, minCount),
  };
}

const DAY = 86_400;
export function maskedDurations(rows: readonly { state: PathwayState; seconds: number; n: number }[], minCount: number) {
  return rows.map((r) => {
    const mean = maskedMean(r.seconds / DAY, r.n, minCount);
    return { state: r.state, label: PATHWAY_STATE_LABELS[r.state], phase: phaseOfState(r.state), meanDays: mean.masked ? mean : { ...mean, value: Math.round(mean.value * 10) / 10 } };
  });
}

export function maskedSupports(rows: readonly { code: string; wording: string; n: number }[], minCount: number) {
  const m = maskList(rows.map((r) => r.n), minCount);
  return { items: rows.map((r, i) => ({ code: r.code, wording: r.wording, count: m.cells[i] ?? { masked: true as const } })), total: m.total };
}
