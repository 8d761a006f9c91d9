/**
 * Monthly plans (seed 004: "lisser les objectifs de réalisation sur l'année"). Pure rules, no I/O.
 * Every plan is built from cumulative targets rounded to whole units, so the twelve months always
 * sum to the yearly quantity and no month is negative.
 */

export const MONTHS = 12;

/** Even smoothing: month m's cumulative target is round(quantity × m / 12). */
export function evenPlan(quantity: number): number[] {
  const cumulative = Array.from({ length: MONTHS }, (_, i) => Math.round((quantity * (i + 1)) / MONTHS));
  return cumulative.map((c, i) => c - (i === 0 ? 0 : (cumulative[i - 1] ?? 0)));
}

export type PlanProblem = { kind: 'length' } | { kind: 'negative'; month: number } | { kind: 'sum'; sum: number; expected: number };

/** Why an edited plan is refused, or null when it is valid (12 whole non-negative months summing to the quantity). */
export function planProblem(months: readonly number[], quantity: number): PlanProblem | null {
  if (months.length !== MONTHS) return { kind: 'length' };
  const bad = months.findIndex((m) => !Number.isInteger(m) || m < 0);
  if (bad >= 0) return { kind: 'negative', month: bad + 1 };
  const sum = months.reduce((a, b) => a + b, 0);
  return sum === quantity ? null : { kind: 'sum', sum, expected: quantity };
}

/** Running totals: element m is the target (or the realised count) through month m + 1. */
export function cumulate(months: readonly number[]): number[] {
  let acc = 0;
  return months.map((m) => (acc += m));
}

/**
 * A structure's own plan when a groupement's line is split: its share follows the line's plan,
 * through cumulative rounding (month m: round(share × lineCumulative(m) / lineQuantity)), so the
 * structure's months sum to its share and the curve keeps the line's shape. A line of zero is
 * smoothed evenly.
 */
export function apportionPlan(share: number, lineQuantity: number, linePlan: readonly number[]): number[] {
  if (lineQuantity <= 0 || linePlan.length !== MONTHS) return evenPlan(share);
  const cumulative = cumulate(linePlan).map((c) => Math.round((share * c) / lineQuantity));
  return cumulative.map((c, i) => c - (i === 0 ? 0 : (cumulative[i - 1] ?? 0)));
}

/** Sums plans month by month. */
export function addPlans(plans: readonly (readonly number[])[]): number[] {
  return Array.from({ length: MONTHS }, (_, i) => plans.reduce((acc, p) => acc + (p[i] ?? 0), 0));
}
