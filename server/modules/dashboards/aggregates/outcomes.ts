import { ASSISTANCE_CLOSURE_REASONS } from '../../../../common/assistance';
import { CLOSURE_REASONS, PATHWAY_STATES, type PathwayState } from '../../../../common/pathway';
import { JURY_OUTCOMES, type JuryOutcome } from '../../../../common/targets';
import type { Executor } from '../../../db/client';
import { loadAssistanceCatalogue } from '../../../reference/assistance/catalogue';
import { readKeyTotals, type Metric } from './rollup';

export interface OutcomeCounts {
  jury: Record<JuryOutcome, number>;
  /** Pathways closed, by reason (abandon, recevabilité expired, moved, pathway expired). */
  pathwayClosures: Record<string, number>;
  /** Assistances closed, by reason (relay, abandon, certified...). */
  assistanceClosures: Record<string, number>;
}

export interface Scope {
  organisationIds: readonly string[];
  year: number;
  departementCodes?: readonly string[];
}

const OUTCOME_METRICS: Metric[] = ['jury', 'pathway_closed', 'assistance_closed', 'phase_time', 'support'];

export interface YearOutcomes {
  outcomes: OutcomeCounts;
  /** Time spent in each pathway state left during the year: summed seconds and the number of stays. */
  durations: { state: PathwayState; seconds: number; n: number }[];
  /** Supports put in plans during the year, most used first (catalogue wording; the structures' own supports together). */
  supports: { code: string; wording: string; n: number }[];
}

/**
 * Jury results, pathway and assistance closures, time per pathway state and supports of the
 * structures' pathways over the year: sums per metric and key of the yearly rollup, read in one
 * statement over the scope's structures and départements.
 */
export async function yearOutcomes(exec: Executor, s: Scope): Promise<YearOutcomes> {
  const totals = await readKeyTotals(exec, { ...s, metrics: OUTCOME_METRICS });
  const of = (metric: Metric) => totals.get(metric) ?? new Map<string, { n: number; seconds: number }>();
  const countsOf = (metric: Metric, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, of(metric).get(k)?.n ?? 0]));
  const phase = of('phase_time');
  const catalogue = loadAssistanceCatalogue();
  const wordingOf = (code: string) => catalogue.supports.find((c) => c.code === code)?.wording ?? 'Appuis propres aux structures';
  return {
    outcomes: {
      jury: countsOf('jury', JURY_OUTCOMES) as Record<JuryOutcome, number>,
      pathwayClosures: countsOf('pathway_closed', CLOSURE_REASONS),
      assistanceClosures: countsOf('assistance_closed', ASSISTANCE_CLOSURE_REASONS),
    },
    durations: PATHWAY_STATES.filter((st) => st !== 'closed' && st !== 'closed_certified').map((state) => ({ state, seconds: phase.get(state)?.seconds ?? 0, n: phase.get(state)?.n ?? 0 })),
    supports: [...of('support').entries()].map(([code, v]) => ({ code, wording: wordingOf(code), n: v.n })).sort((a, b) => b.n - a.n || a.code.localeCompare(b.code)),
  };
}
