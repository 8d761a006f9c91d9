import { cumulate } from './smoothing';

export interface TargetAlert {
  /** The last month compared (1..12); 0 when nothing can be compared yet (January of the year). */
  throughMonth: number;
  expected: number;
  realised: number;
  /** expected − realised (negative when ahead). */
  gap: number;
  behind: boolean;
}

/**
 * Realised against plan through the last complete month: an alert is raised when the cumulative
 * realised count is below the cumulative plan by more than the margin (percent of the plan).
 * Comparing complete months only keeps the alert from firing on the 1st of every month.
 * `completedMonths` is 0..12 (12 for a past year).
 */
export function targetAlert(opts: { plan: readonly number[]; realised: readonly number[]; marginPct: number; completedMonths: number }): TargetAlert {
  const through = Math.max(0, Math.min(12, opts.completedMonths));
  if (through === 0) return { throughMonth: 0, expected: 0, realised: 0, gap: 0, behind: false };
  const expected = cumulate(opts.plan)[through - 1] ?? 0;
  const realised = cumulate(opts.realised)[through - 1] ?? 0;
  const floor = expected * (1 - opts.marginPct / 100);
  return { throughMonth: through, expected, realised, gap: expected - realised, behind: expected > 0 && realised < floor };
}

/** How many months of `year` are complete at `now` (French calendar months). */
export function completedMonths(year: number, now: { year: number; month: number }): number {
  if (now.year > year) return 12;
  if (now.year < year) return 0;
  return now.month - 1;
}
