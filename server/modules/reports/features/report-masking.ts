import type { MaskedCount } from '../../../../common/targets';
import { show, suppress } from '../../../domain/dashboards/masking';
import type { TReportContent } from '../reports.schema';

/**
 * Figures of one report that are bound by sums across its tables are masked together, so no hidden
 * figure can be recovered by reading two tables of the same report:
 * - activity: each line's realised, the per-service subtotals (« par service », and the financial
 *   part), the per-territory counts, the grand total — a service is the sum of its lines, a
 *   département the sum of the (single-département) lines covering it, and all add up to the total;
 * - beneficiaries: the profile and the phase lists share their total (the distinct beneficiaries).
 */
export function maskActivity(content: TReportContent, minCount: number) {
  const lines = content.financial.lines;
  const services = content.financial.services;
  const territories = content.quantitative.byTerritory.items;
  const nL = lines.length;
  const nS = services.length;
  const S = (i: number) => nL + i;
  const T = (i: number) => nL + nS + i;
  const G = nL + nS + territories.length;
  const values = [...lines.map((l) => l.realised), ...services.map((s) => s.realised), ...territories.map((t) => t.n), lines.reduce((a, l) => a + l.realised, 0)];
  const idx = <T,>(n: number, at: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => at(i));
  const groups: number[][] = [
    ...services.map((s, i) => [...lines.flatMap((l, k) => (l.service === s.service ? [k] : [])), S(i)]),
    [...idx(nS, S), G],
    [...idx(nL, (k) => k), G],
    [...idx(territories.length, T), G],
  ];
  territories.forEach((t, i) => {
    const covering = lines.flatMap((l, k) => (l.departementCodes.includes(t.key) ? [k] : []));
    if (covering.every((k) => lines[k]?.departementCodes.length === 1)) groups.push([...covering, T(i)]);
  });
  const masked = suppress(values, groups, minCount);
  const at = (i: number): MaskedCount => show(values[i] ?? 0, masked[i] ?? true);
  return { lines: idx(nL, at), services: idx(nS, (i) => at(S(i))), territories: idx(territories.length, (i) => at(T(i))), total: at(G) };
}

export function maskBeneficiaries(content: TReportContent, minCount: number) {
  const profile = content.quantitative.byProfile.items.map((i) => i.n);
  const phase = content.quantitative.byPhase.items.map((i) => i.n);
  const total = profile.reduce((a, b) => a + b, 0);
  const values = [...profile, ...phase, total];
  const B = values.length - 1;
  const masked = suppress(values, [[...profile.map((_, i) => i), B], [...phase.map((_, i) => profile.length + i), B]], minCount);
  const at = (i: number): MaskedCount => show(values[i] ?? 0, masked[i] ?? true);
  return { profile: profile.map((_, i) => at(i)), phase: phase.map((_, i) => at(profile.length + i)), total: at(B) };
}
