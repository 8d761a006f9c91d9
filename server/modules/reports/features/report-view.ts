import type { MaskedCount } from '../../../../common/targets';
import { maskedMean, maskList, plain, show } from '../../../domain/dashboards/masking';
import { maskActivity, maskBeneficiaries } from './report-masking';
import type { TCountList, TMaskedList, TReportContent, TReportView } from '../reports.schema';

/**
 * What a reader sees of a report's content. The structures' people read it exact; a commanditaire
 * reads it masked (`masked`), with the rules every funder output follows
 * (server/domain/dashboards/masking.ts): counts below `minCount` hidden, with their secondary
 * suppression per list and its total; means shown over at least `minCount` facts; money derived
 * from a hidden count hidden with it. Budgets and quantities are the funder's own figures.
 */
export function viewReport(content: TReportContent, opts: { masked: boolean; minCount: number }): TReportView {
  const { masked, minCount } = opts;
  const countList = (l: TCountList): TMaskedList => {
    if (!masked) return { items: l.items.map((i) => ({ key: i.key, label: i.label, count: plain(i.n) })), total: plain(l.items.reduce((a, i) => a + i.n, 0)) };
    const m = maskList(l.items.map((i) => i.n), minCount);
    return { items: l.items.map((i, k) => ({ key: i.key, label: i.label, count: m.cells[k] ?? { masked: true } })), total: m.total };
  };
  const fromMask = (l: TCountList, cells: readonly MaskedCount[], total: MaskedCount): TMaskedList => ({ items: l.items.map((i, k) => ({ key: i.key, label: i.label, count: cells[k] ?? { masked: true } })), total });
  const alongside = (count: MaskedCount | undefined, value: number): MaskedCount => (count && !count.masked ? plain(value) : { masked: true });
  const q = content.quantitative;
  const f = content.financial;
  const activity = masked ? maskActivity(content, minCount) : { lines: f.lines.map((l) => plain(l.realised)), services: f.services.map((x) => plain(x.realised)), territories: q.byTerritory.items.map((i) => plain(i.n)), total: plain(f.lines.reduce((a, l) => a + l.realised, 0)) };
  const people = masked ? maskBeneficiaries(content, minCount) : null;
  const lineCounts = { cells: activity.lines, total: activity.total };
  const serviceCounts = { cells: activity.services };
  const totalValue = f.lines.reduce((a, l) => a + l.valueCents, 0);
  const answered = content.qualitative.satisfaction.answered;
  const mean = content.qualitative.satisfaction.meanScore;
  return {
    masked,
    minCount,
    quantitative: {
      byService: fromMask(q.byService, activity.services, activity.total),
      byProfile: people ? fromMask(q.byProfile, people.profile, people.total) : countList(q.byProfile),
      byPhase: people ? fromMask(q.byPhase, people.phase, people.total) : countList(q.byPhase),
      byTerritory: fromMask(q.byTerritory, activity.territories, activity.total),
      jury: countList(q.jury),
      pathwayClosures: countList(q.pathwayClosures),
      assistanceClosures: countList(q.assistanceClosures),
      durations: q.durations.map((d) => {
        const shown = d.meanDays !== null && (!masked || !maskedMean(d.meanDays * d.n, d.n, minCount).masked);
        return { key: d.key, label: d.label, meanDays: shown && d.meanDays !== null ? plain(d.meanDays) : { masked: true as const } };
      }),
    },
    qualitative: {
      supportsPlanned: countList(content.qualitative.supportsPlanned),
      supportsDelivered: countList(content.qualitative.supportsDelivered),
      supportsWithEffect: countList(content.qualitative.supportsWithEffect),
      satisfaction: {
        answered: masked ? show(answered, answered > 0 && answered < minCount) : plain(answered),
        meanScore: mean !== null && (!masked || answered >= minCount) ? plain(mean) : { masked: true },
      },
      narrative: content.qualitative.narrative,
    },
    financial: {
      lines: f.lines.map((l, i) => ({ service: l.service, territory: l.territory, quantity: l.quantity, budgetCents: l.budgetCents, realised: lineCounts.cells[i] ?? { masked: true }, valueCents: alongside(lineCounts.cells[i], l.valueCents) })),
      realisedTotal: lineCounts.total,
      services: f.services.map((s, i) => ({
        service: s.service,
        hours: s.hours,
        realised: serviceCounts.cells[i] ?? { masked: true },
        budgetCents: s.budgetCents,
        valueCents: alongside(serviceCounts.cells[i], s.valueCents),
        costPerHourCents: alongside(serviceCounts.cells[i], s.hours > 0 ? Math.round(s.valueCents / s.hours) : 0),
      })),
      totals: { budgetCents: f.lines.reduce((a, l) => a + l.budgetCents, 0), valueCents: alongside(lineCounts.total, totalValue), hours: f.services.reduce((a, s) => a + s.hours, 0) },
    },
  };
}
