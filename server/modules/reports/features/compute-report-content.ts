import { inArray } from 'drizzle-orm';
import { PATHWAY_STATE_LABELS } from '../../../../common/pathway';
import { JURY_OUTCOME_LABELS, TARGET_SERVICE_LABELS, TARGET_SERVICES } from '../../../../common/targets';
import { ASSISTANCE_CLOSURE_REASON_LABELS } from '../../../../common/assistance';
import { CLOSURE_REASON_LABELS } from '../../../../common/pathway';
import type { Executor } from '../../../db/client';
import { departements } from '../../../db/schema';
import { yearOutcomes } from '../../dashboards/aggregates/outcomes';
import { agreementProgress } from '../../dashboards/aggregates/progress';
import { readRollup } from '../../dashboards/aggregates/rollup';
import { satisfactionTile } from '../../dashboards/features/satisfaction-tile';
import type { TAgreement } from '../../targets/targets.schema';
import type { TCountList, TReportContent } from '../reports.schema';
import { beneficiaryProfiles, hoursByService, supportsDelivered } from './report-figures';

const DAY = 86_400;
const list = (counts: Record<string, number>, labels: Record<string, string>): TCountList => ({ items: Object.keys(counts).map((k) => ({ key: k, label: labels[k] ?? k, n: counts[k] ?? 0 })) });

/**
 * The unit value of a line is its budget over its quantity (the agreed price of one conseil or one
 * assistance); what was realised is valued at that price, up to the line's budget. This is the
 * "cost" the financial part reports: the data hold no accounting of the structures' expenses.
 */
export function realisedValueCents(budgetCents: number, quantity: number, realised: number): number {
  if (quantity <= 0) return 0;
  return Math.round((budgetCents * Math.min(realised, quantity)) / quantity);
}

/**
 * Computes every figure of a yearly report, exact, from the dashboards' aggregates (the rollup),
 * for the agreements a commanditaire passed with one party for one year.
 */
export async function computeReportContent(
  exec: Executor,
  opts: { agreements: readonly TAgreement[]; party: TReportContent['party']; commanditaire: TReportContent['commanditaire']; year: number; now: Date; narrative: string; minCount: number },
): Promise<TReportContent> {
  const { agreements, year, now } = opts;
  const structures = [...new Map(agreements.flatMap((a) => a.structures.map((s) => [s.id, s] as const))).values()];
  const organisationIds = structures.map((s) => s.id);
  const departementCodes = [...new Set(agreements.flatMap((a) => a.lines.flatMap((l) => l.departementCodes)))].sort();
  const scope = { organisationIds, year, departementCodes };
  const [realised, { outcomes, durations, supports }, profiles, delivered, hours, satisfaction, depRows] = await Promise.all([
    readRollup(exec, { organisationIds, year, metric: 'realised', departementCodes }),
    yearOutcomes(exec, scope),
    beneficiaryProfiles(exec, scope),
    supportsDelivered(exec, scope),
    hoursByService(exec, { organisationIds, year, until: now }),
    satisfactionTile(exec, { organisationIds, year, minCount: 1 }),
    departementCodes.length ? exec.select().from(departements).where(inArray(departements.code, departementCodes)) : Promise.resolve([]),
  ]);
  const covered = (service: string, code: string) => agreements.some((a) => a.lines.some((l) => l.service === service && l.departementCodes.includes(code)));
  const sum = (keep: (r: (typeof realised)[number]) => boolean) => realised.filter(keep).reduce((a, r) => a + r.n, 0);
  const lines: TReportContent['financial']['lines'] = [];
  for (const a of agreements) {
    for (const p of await agreementProgress(exec, { agreement: a, now })) {
      const done = p.realised.reduce((x, y) => x + y, 0);
      lines.push({ service: p.service, territory: p.territoryLabel, departementCodes: p.departementCodes, quantity: p.quantity, budgetCents: p.budgetCents, realised: done, valueCents: realisedValueCents(p.budgetCents, p.quantity, done) });
    }
  }
  const services = TARGET_SERVICES.map((service) => {
    const mine = lines.filter((l) => l.service === service);
    const add = (f: (l: (typeof mine)[number]) => number) => mine.reduce((x, l) => x + f(l), 0);
    return { service, hours: hours[service], realised: add((l) => l.realised), budgetCents: add((l) => l.budgetCents), valueCents: add((l) => l.valueCents) };
  });
  return {
    version: 1,
    year,
    minCount: opts.minCount,
    computedAt: now.toISOString(),
    commanditaire: opts.commanditaire,
    party: opts.party,
    structures,
    agreements: agreements.map((a) => ({ id: a.id, title: a.title })),
    quantitative: {
      // Both from the lines, so that they add up with the financial part's figures (masked together).
      byService: { items: services.map((s) => ({ key: s.service, label: TARGET_SERVICE_LABELS[s.service], n: s.realised })) },
      byProfile: profiles.byProfile,
      byPhase: profiles.byPhase,
      byTerritory: { items: departementCodes.map((code) => ({ key: code, label: `${depRows.find((d) => d.code === code)?.name ?? code} (${code})`, n: sum((r) => r.departementCode === code && covered(r.key, code)) })) },
      jury: list(outcomes.jury, JURY_OUTCOME_LABELS),
      pathwayClosures: list(outcomes.pathwayClosures, CLOSURE_REASON_LABELS),
      assistanceClosures: list(outcomes.assistanceClosures, ASSISTANCE_CLOSURE_REASON_LABELS),
      durations: durations.map((d) => ({ key: d.state, label: PATHWAY_STATE_LABELS[d.state], n: d.n, meanDays: d.n > 0 ? Math.round((d.seconds / DAY / d.n) * 10) / 10 : null })),
    },
    qualitative: {
      supportsPlanned: { items: supports.map((s) => ({ key: s.code, label: s.wording, n: s.n })) },
      supportsDelivered: delivered.delivered,
      supportsWithEffect: delivered.withEffect,
      satisfaction: { answered: satisfaction.answered.masked ? 0 : satisfaction.answered.value, meanScore: satisfaction.meanScore.masked ? null : satisfaction.meanScore.value },
      narrative: opts.narrative,
    },
    financial: { lines, services },
  };
}
