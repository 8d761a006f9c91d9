import type { ConditionStatus } from '../../../common/assistance';

export type AssessmentEntry = { conditionCode: string; status: ConditionStatus };
export type ConditionChange = 'improved' | 'worsened' | 'unchanged';

export interface ConditionComparison {
  conditionCode: string;
  before: ConditionStatus;
  after: ConditionStatus;
  change: ConditionChange;
}

export interface AssessmentComparison {
  conditions: ConditionComparison[];
  summary: Record<ConditionChange, number>;
}

/** missing < partly_met < met; not_assessed has no rank: nothing can be said of it. */
const RANK: Record<ConditionStatus, number | null> = { missing: 0, partly_met: 1, met: 2, not_assessed: null };

function changeOf(before: ConditionStatus, after: ConditionStatus): ConditionChange {
  const from = RANK[before];
  const to = RANK[after];
  if (from === null || to === null || from === to) return 'unchanged';
  return to > from ? 'improved' : 'worsened';
}

/**
 * How each condition moved between two assessments of the same candidate. A condition absent from
 * one assessment counts as not assessed there. Order: the first assessment's, then conditions only
 * the second one holds.
 */
export function compareAssessments(before: readonly AssessmentEntry[], after: readonly AssessmentEntry[]): AssessmentComparison {
  const beforeByCode = new Map(before.map((e) => [e.conditionCode, e.status]));
  const afterByCode = new Map(after.map((e) => [e.conditionCode, e.status]));
  const codes = [...new Set([...before.map((e) => e.conditionCode), ...after.map((e) => e.conditionCode)])];

  const conditions = codes.map((conditionCode): ConditionComparison => {
    const from = beforeByCode.get(conditionCode) ?? 'not_assessed';
    const to = afterByCode.get(conditionCode) ?? 'not_assessed';
    return { conditionCode, before: from, after: to, change: changeOf(from, to) };
  });
  const summary: Record<ConditionChange, number> = { improved: 0, worsened: 0, unchanged: 0 };
  for (const c of conditions) summary[c.change] += 1;
  return { conditions, summary };
}
