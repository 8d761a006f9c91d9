import { describe, expect, it } from 'vitest';
import { recoverable } from '../../../domain/dashboards/masking';
import type { TReportContent } from '../reports.schema';
import { realisedValueCents } from './compute-report-content';
import { viewReport } from './report-view';

const list = (...ns: number[]) => ({ items: ns.map((n, i) => ({ key: `k${i}`, label: `L${i}`, n })) });
const CONTENT: TReportContent = {
  version: 1,
  year: 2026,
  minCount: 5,
  computedAt: '2026-12-01T00:00:00.000Z',
  commanditaire: { id: 'c', name: 'Région' },
  party: { id: 'g', name: 'Groupement', kind: 'groupement' },
  structures: [],
  agreements: [],
  quantitative: {
    byService: list(10, 23),
    byProfile: list(7, 3, 0, 12),
    byPhase: list(20, 0),
    byTerritory: { items: [{ key: '14', label: 'Calvados (14)', n: 13 }, { key: '50', label: 'Manche (50)', n: 20 }] },
    jury: list(0, 0, 0),
    pathwayClosures: list(6),
    assistanceClosures: list(1),
    durations: [{ key: 'information', label: 'Information', n: 4, meanDays: 10 }, { key: 'recevable', label: 'Recevable', n: 9, meanDays: 31.5 }],
  },
  qualitative: { supportsPlanned: list(9, 9), supportsDelivered: list(4), supportsWithEffect: list(0), satisfaction: { answered: 3, meanScore: 4.5 }, narrative: 'Texte' },
  financial: {
    lines: [
      { service: 'assistance_renforcee', territory: 'Calvados (14)', departementCodes: ['14'], quantity: 100, budgetCents: 80_000_00, realised: 3, valueCents: 2_400_00 },
      { service: 'assistance_renforcee', territory: 'Manche (50)', departementCodes: ['50'], quantity: 50, budgetCents: 40_000_00, realised: 20, valueCents: 16_000_00 },
      { service: 'conseil_vae', territory: 'Calvados (14)', departementCodes: ['14'], quantity: 10, budgetCents: 3_000_00, realised: 10, valueCents: 3_000_00 },
    ],
    services: [
      { service: 'conseil_vae', hours: 12, realised: 10, budgetCents: 3_000_00, valueCents: 3_000_00 },
      { service: 'assistance_renforcee', hours: 40, realised: 23, budgetCents: 120_000_00, valueCents: 18_400_00 },
    ],
  },
};

describe('what the commanditaire reads of a report', () => {
  const v = viewReport(CONTENT, { masked: true, minCount: 5 });
  const lists = [v.quantitative.byService, v.quantitative.byProfile, v.quantitative.byPhase, v.quantitative.byTerritory, v.quantitative.jury, v.quantitative.pathwayClosures, v.quantitative.assistanceClosures, v.qualitative.supportsPlanned, v.qualitative.supportsDelivered, v.qualitative.supportsWithEffect];

  it('hides counts from 1 to 4, and a second figure wherever one alone could be recovered', () => {
    expect(v.quantitative.byProfile.items.map((i) => i.count)).toEqual([{ masked: true }, { masked: true }, { masked: false, value: 0 }, { masked: false, value: 12 }]);
    for (const l of lists) expect(recoverable(l.items.map((i) => i.count), l.total)).toBe(false);
  });

  it('shows a mean only over five facts or more, and satisfaction only from five answers', () => {
    expect(v.quantitative.durations.map((d) => d.meanDays)).toEqual([{ masked: true }, { masked: false, value: 31.5 }]);
    expect(v.qualitative.satisfaction).toEqual({ answered: { masked: true }, meanScore: { masked: true } });
  });

  it('masks the activity figures together across tables: no hidden figure is a difference of shown ones', () => {
    const f = v.financial;
    const [calvados, manche, conseil] = f.lines;
    expect(calvados).toMatchObject({ budgetCents: 80_000_00, realised: { masked: true }, valueCents: { masked: true } });
    const groups = [
      [[calvados, manche].map((l) => l?.realised), f.services[1]?.realised],
      [[conseil?.realised], f.services[0]?.realised],
      [f.services.map((x) => x.realised), f.realisedTotal],
      [f.lines.map((l) => l.realised), f.realisedTotal],
      [v.quantitative.byTerritory.items.map((i) => i.count), v.quantitative.byTerritory.total],
      [[calvados, conseil].map((l) => l?.realised), v.quantitative.byTerritory.items[0]?.count],
    ] as const;
    for (const [cells, total] of groups) expect(recoverable(cells.map((c) => c ?? { masked: true }), total ?? { masked: true })).toBe(false);
    // « Par service » is the financial part's subtotals, masked the same way.
    expect(v.quantitative.byService.items.map((i) => i.count)).toEqual(f.services.map((x) => x.realised));
    expect(f.totals.budgetCents).toBe(123_000_00);
  });

  it('the structures read every figure exact', () => {
    const exact = viewReport(CONTENT, { masked: false, minCount: 5 });
    expect(exact.quantitative.byProfile.total).toEqual({ masked: false, value: 22 });
    expect(exact.financial.services[1]?.costPerHourCents).toEqual({ masked: false, value: 46_000 });
    expect(exact.qualitative.satisfaction.meanScore).toEqual({ masked: false, value: 4.5 });
  });
});

describe('valuing the realised', () => {
  it('at the line’s unit price, up to its budget', () => {
    expect(realisedValueCents(9_600_000, 120, 3)).toBe(240_000);
    expect(realisedValueCents(9_600_000, 120, 150)).toBe(9_600_000);
    expect(realisedValueCents(100_000, 0, 2)).toBe(0);
  });
});
