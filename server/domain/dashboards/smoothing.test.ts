import { describe, expect, it } from 'vitest';
import { completedMonths, targetAlert } from './alert';
import { addPlans, apportionPlan, cumulate, evenPlan, planProblem } from './smoothing';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('evenPlan', () => {
  it.each([0, 1, 7, 12, 100, 145, 1001])('spreads %i over twelve non-negative months summing to it', (q) => {
    const plan = evenPlan(q);
    expect(plan).toHaveLength(12);
    expect(sum(plan)).toBe(q);
    expect(plan.every((m) => m >= 0 && Number.isInteger(m))).toBe(true);
    expect(Math.max(...plan) - Math.min(...plan)).toBeLessThanOrEqual(1);
  });
  it('gives 10 a month for 120', () => expect(evenPlan(120)).toEqual(Array(12).fill(10)));
});

describe('planProblem', () => {
  it('accepts an edited plan that sums to the target', () => expect(planProblem([0, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 100)).toBeNull());
  it('refuses a plan that does not sum to the target', () => expect(planProblem(evenPlan(100), 101)).toEqual({ kind: 'sum', sum: 100, expected: 101 }));
  it('refuses negative or fractional months and a wrong length', () => {
    expect(planProblem([...evenPlan(12).slice(0, 11), -1], 10)).toEqual({ kind: 'negative', month: 12 });
    expect(planProblem([1.5, ...evenPlan(12).slice(1)], 12)).toEqual({ kind: 'negative', month: 1 });
    expect(planProblem([1, 2], 3)).toEqual({ kind: 'length' });
  });
});

describe('apportionPlan', () => {
  it('follows the line’s shape and sums to the share', () => {
    const line = [0, 0, 20, 20, 20, 20, 0, 0, 20, 20, 20, 20];
    const a = apportionPlan(47, 160, line);
    const b = apportionPlan(113, 160, line);
    expect(sum(a)).toBe(47);
    expect(sum(b)).toBe(113);
    expect(a[0]).toBe(0);
    expect(a[6]).toBe(0);
    expect(a.every((m) => m >= 0)).toBe(true);
  });
  it('smooths evenly when the line is zero', () => expect(apportionPlan(12, 0, Array(12).fill(0))).toEqual(Array(12).fill(1)));
  it('adds plans month by month', () => expect(cumulate(addPlans([evenPlan(12), evenPlan(24)]))[11]).toBe(36));
});

describe('targetAlert', () => {
  const plan = evenPlan(120);
  it('raises an alert beyond the margin, through complete months only', () => {
    const realised = [10, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(targetAlert({ plan, realised, marginPct: 10, completedMonths: 2 })).toEqual({ throughMonth: 2, expected: 20, realised: 18, gap: 2, behind: false });
    expect(targetAlert({ plan, realised: [10, 7, ...Array(10).fill(0)], marginPct: 10, completedMonths: 2 }).behind).toBe(true);
    expect(targetAlert({ plan, realised: [10, 7, ...Array(10).fill(0)], marginPct: 20, completedMonths: 2 }).behind).toBe(false);
  });
  it('compares nothing in January', () => expect(targetAlert({ plan, realised: Array(12).fill(0), marginPct: 10, completedMonths: 0 }).behind).toBe(false));
  it('counts complete months of a year', () => {
    expect(completedMonths(2026, { year: 2026, month: 3 })).toBe(2);
    expect(completedMonths(2025, { year: 2026, month: 3 })).toBe(12);
    expect(completedMonths(2027, { year: 2026, month: 3 })).toBe(0);
  });
});
