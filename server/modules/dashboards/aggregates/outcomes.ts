import { ASSISTANCE_CLOSURE_REASONS } from '../../../../common/assistance';
import { CLOSURE_REASONS, PATHWAY_STATES, type PathwayState } from '../../../../common/pathway';
import { JURY_OUTCOMES, type JuryOutcome } from '../../../../common/targets';
import type { Executor } from '../../../db/client';
import { loadAssistanceCatalogue } from '../../../reference/assistance/catalogue';
import { byKey, readRollup, type Metric, type RollupRow } from './rollup';

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

const countsOf = (rows: RollupRow[], keys: readonly string[]) => {
  const m = byKey(rows);
  return Object.fromEntries(keys.map((k) => [k, m.get(k)?.n ?? 0]));
};
/** Sums per key only, summed in SQL over the scope's structures, départements and months. */
const totals = (exec: Executor, s: Scope, metric: Metric) => readRollup(exec, { ...s, metric, keep: [] });

/** Jury results, pathway closures and assistance closures of the structures' pathways over the year. */
export async function outcomeCounts(exec: Executor, s: Scope): Promise<OutcomeCounts> {
  const [jury, closed, assisted] = await Promise.all([
    totals(exec, s, 'jury'),
    totals(exec, s, 'pathway_closed'),
    totals(exec, s, 'assistance_closed'),
  ]);
  return {
    jury: countsOf(jury, JURY_OUTCOMES) as Record<JuryOutcome, number>,
    pathwayClosures: countsOf(closed, CLOSURE_REASONS),
    assistanceClosures: countsOf(assisted, ASSISTANCE_CLOSURE_REASONS),
  };
}

/** Time spent in each pathway state left during the year: summed seconds and the number of stays. */
export async function stateDurations(exec: Executor, s: Scope): Promise<{ state: PathwayState; seconds: number; n: number }[]> {
  const m = byKey(await totals(exec, s, 'phase_time'));
  return PATHWAY_STATES.filter((st) => st !== 'closed' && st !== 'closed_certified').map((state) => ({ state, seconds: m.get(state)?.seconds ?? 0, n: m.get(state)?.n ?? 0 }));
}

/** Supports put in plans during the year, most used first (catalogue wording; the structures' own supports together). */
export async function supportUsage(exec: Executor, s: Scope): Promise<{ code: string; wording: string; n: number }[]> {
  const m = byKey(await totals(exec, s, 'support'));
  const catalogue = loadAssistanceCatalogue();
  const wordingOf = (code: string) => catalogue.supports.find((c) => c.code === code)?.wording ?? 'Appuis propres aux structures';
  return [...m.entries()].map(([code, v]) => ({ code, wording: wordingOf(code), n: v.n })).sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
}
