import { ASSISTANCE_CLOSURE_REASONS } from '../../../../common/assistance';
import { CLOSURE_REASONS, PATHWAY_STATES, type PathwayState } from '../../../../common/pathway';
import { JURY_OUTCOMES, type JuryOutcome } from '../../../../common/targets';
import type { Executor } from '../../../db/client';
import { loadAssistanceCatalogue } from '../../../reference/assistance/catalogue';
import { byKey, readRollup, type RollupRow } from './rollup';

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

const keepDeps = (codes?: readonly string[]) => (r: RollupRow) => !codes || codes.includes(r.departementCode);
const countsOf = (rows: RollupRow[], keys: readonly string[], codes?: readonly string[]) => {
  const m = byKey(rows, keepDeps(codes));
  return Object.fromEntries(keys.map((k) => [k, m.get(k)?.n ?? 0]));
};

/** Jury results, pathway closures and assistance closures of the structures' pathways over the year. */
export async function outcomeCounts(exec: Executor, s: Scope): Promise<OutcomeCounts> {
  const [jury, closed, assisted] = await Promise.all([
    readRollup(exec, { ...s, metric: 'jury' }),
    readRollup(exec, { ...s, metric: 'pathway_closed' }),
    readRollup(exec, { ...s, metric: 'assistance_closed' }),
  ]);
  return {
    jury: countsOf(jury, JURY_OUTCOMES, s.departementCodes) as Record<JuryOutcome, number>,
    pathwayClosures: countsOf(closed, CLOSURE_REASONS, s.departementCodes),
    assistanceClosures: countsOf(assisted, ASSISTANCE_CLOSURE_REASONS, s.departementCodes),
  };
}

/** Time spent in each pathway state left during the year: summed seconds and the number of stays. */
export async function stateDurations(exec: Executor, s: Scope): Promise<{ state: PathwayState; seconds: number; n: number }[]> {
  const m = byKey(await readRollup(exec, { ...s, metric: 'phase_time' }), keepDeps(s.departementCodes));
  return PATHWAY_STATES.filter((st) => st !== 'closed' && st !== 'closed_certified').map((state) => ({ state, seconds: m.get(state)?.seconds ?? 0, n: m.get(state)?.n ?? 0 }));
}

/** Supports put in plans during the year, most used first (catalogue wording; the structures' own supports together). */
export async function supportUsage(exec: Executor, s: Scope): Promise<{ code: string; wording: string; n: number }[]> {
  const m = byKey(await readRollup(exec, { ...s, metric: 'support' }), keepDeps(s.departementCodes));
  const catalogue = loadAssistanceCatalogue();
  const wordingOf = (code: string) => catalogue.supports.find((c) => c.code === code)?.wording ?? 'Appuis propres aux structures';
  return [...m.entries()].map(([code, v]) => ({ code, wording: wordingOf(code), n: v.n })).sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
}
