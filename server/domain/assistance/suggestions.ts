import {
  CONDITION_STATUS_LABELS,
  IMPORTANCE_LABELS,
  type AssistancePhase,
  type ConditionStatus,
  type Importance,
  type SupportNature,
} from '../../../common/assistance';
import type { AssistanceCatalogue } from '../../reference/assistance/catalogue';

export interface SuggestionInput {
  assessment: readonly { conditionCode: string; status: ConditionStatus }[];
  phase: AssistancePhase;
  /** The importance of a condition for this candidate (the référent may override the catalogue's default). */
  importanceOf: (conditionCode: string) => Importance;
  /** Support codes already in the candidate's plan. */
  alreadyPlanned: readonly string[];
}

export interface SuggestionReason {
  conditionCode: string;
  wording: string;
  status: 'missing' | 'partly_met';
  importance: Importance;
}

export interface SupportSuggestion {
  supportCode: string;
  wording: string;
  nature: SupportNature;
  reasons: SuggestionReason[];
  /** French, shown to the référent as is. */
  explanation: string;
}

type Unmet = SuggestionReason['status'];
const isUnmet = (status: ConditionStatus): status is Unmet => status === 'missing' || status === 'partly_met';

function explain(reasons: readonly SuggestionReason[]): string {
  const parts = reasons.map(
    (r) => `« ${r.wording} » (${CONDITION_STATUS_LABELS[r.status].toLowerCase()}, ${IMPORTANCE_LABELS[r.importance].toLowerCase()})`,
  );
  return `Répond à : ${parts.join(' ; ')}.`;
}

/** Most pressing first: important before desirable, missing before partly met, then catalogue order. */
function compareReasons(order: Map<string, number>) {
  const rank = (r: SuggestionReason) => (r.importance === 'important' ? 0 : 2) + (r.status === 'missing' ? 0 : 1);
  return (a: SuggestionReason, b: SuggestionReason) => rank(a) - rank(b) || (order.get(a.conditionCode) ?? 0) - (order.get(b.conditionCode) ?? 0);
}

/**
 * The supports of the catalogue worth proposing now: applicable to the phase, answering at least one
 * condition that is missing or partly met, and not already planned. Sorted by the number of
 * important missing conditions they answer, then by all the unmet conditions they answer, then in
 * catalogue order. Conditions not assessed suggest nothing: the référent assesses them first.
 */
export function suggestSupports(input: SuggestionInput, catalogue: AssistanceCatalogue): SupportSuggestion[] {
  const statusOf = new Map(input.assessment.map((a) => [a.conditionCode, a.status]));
  const conditionByCode = new Map(catalogue.conditions.map((c) => [c.code, c]));
  const conditionOrder = new Map(catalogue.conditions.map((c, i) => [c.code, i]));
  const planned = new Set(input.alreadyPlanned);
  const byReasons = compareReasons(conditionOrder);

  const scored = catalogue.supports.flatMap((support, index) => {
    if (planned.has(support.code) || !support.phases.includes(input.phase)) return [];
    const reasons: SuggestionReason[] = [];
    for (const code of support.answers) {
      const status = statusOf.get(code);
      const condition = conditionByCode.get(code);
      if (!condition || status === undefined || !isUnmet(status)) continue;
      reasons.push({ conditionCode: code, wording: condition.wording, status, importance: input.importanceOf(code) });
    }
    if (reasons.length === 0) return [];
    reasons.sort(byReasons);
    const importantMissing = reasons.filter((r) => r.status === 'missing' && r.importance === 'important').length;
    const suggestion: SupportSuggestion = { supportCode: support.code, wording: support.wording, nature: support.nature, reasons, explanation: explain(reasons) };
    return [{ suggestion, importantMissing, index }];
  });

  scored.sort(
    (a, b) => b.importantMissing - a.importantMissing || b.suggestion.reasons.length - a.suggestion.reasons.length || a.index - b.index,
  );
  return scored.map((s) => s.suggestion);
}
