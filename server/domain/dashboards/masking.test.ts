import { describe, expect, it } from 'vitest';
import type { MaskedCount } from '../../../common/targets';
import { maskedMean, maskList, maskTable, recoverable, suppress } from './masking';

const hidden = (c: MaskedCount) => c.masked;

describe('suppress', () => {
  it('masks counts from 1 to minCount − 1, shows zero and larger counts', () => {
    expect(suppress([0, 1, 4, 5, 30], [], 5)).toEqual([false, true, true, false, false]);
  });
  it('masks a second figure when one masked figure could be recovered from its group', () => {
    // 3 alone would be 40 − 20 − 17.
    expect(suppress([3, 20, 17, 40], [[0, 1, 2, 3]], 5)).toEqual([true, false, true, false]);
  });
  it('masks the total when no other cell can hide the masked one', () => {
    expect(suppress([3, 0, 3], [[0, 1, 2]], 5)).toEqual([true, false, true]);
  });
});

describe('maskList', () => {
  it('never leaves exactly one masked figure', () => {
    const out = maskList([2, 8, 9, 0], 5);
    expect(out.cells.map(hidden)).toEqual([true, true, false, false]);
    expect(out.total).toEqual({ masked: false, value: 19 });
    expect(recoverable(out.cells, out.total)).toBe(false);
  });
  it('shows everything at or above the minimum, and honours the setting', () => {
    expect(maskList([5, 6], 5).cells).toEqual([{ masked: false, value: 5 }, { masked: false, value: 6 }]);
    expect(maskList([5, 6], 7).cells.every(hidden)).toBe(true);
  });
});

describe('maskTable', () => {
  it('protects rows, columns and both total lines', () => {
    const t = maskTable([[12, 3, 20], [8, 15, 9], [30, 25, 40]], 5);
    for (let r = 0; r < 3; r++) expect(recoverable(t.cells[r] ?? [], t.rowTotals[r] ?? { masked: true })).toBe(false);
    for (let c = 0; c < 3; c++) expect(recoverable(t.cells.map((row) => row[c] ?? { masked: true }), t.columnTotals[c] ?? { masked: true })).toBe(false);
    expect(recoverable(t.rowTotals, t.total)).toBe(false);
    expect(recoverable(t.columnTotals, t.total)).toBe(false);
    expect(t.cells[0]?.[1]).toEqual({ masked: true });
    expect(t.cells[2]?.[2]).toEqual({ masked: false, value: 40 });
  });
});

describe('maskedMean', () => {
  it('hides an average over too few facts', () => {
    expect(maskedMean(40, 4, 5)).toEqual({ masked: true });
    expect(maskedMean(50, 5, 5)).toEqual({ masked: false, value: 10, n: 5 });
  });
});
