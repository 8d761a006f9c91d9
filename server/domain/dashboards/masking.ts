import type { MaskedCount } from '../../../common/targets';

/**
 * Small-count masking for what commanditaires and resource centres see (issue 8, point 4).
 *
 * Primary rule: a count from 1 to minCount − 1 is masked. Zero is shown: it singles out nobody.
 * Secondary rule (differencing): the figures of an output are bound by sums (cells of a row and
 * the row total, cells of a column and the column total...). Whenever such a group holds exactly
 * one masked figure, it could be recovered as total − other cells, so a second figure of the group
 * is masked: the smallest non-zero cell, or the total when no cell is left. This repeats until every
 * group holds zero or at least two masked figures.
 */
export function suppress(values: readonly number[], groups: readonly (readonly number[])[], minCount: number): boolean[] {
  const masked = values.map((v) => v > 0 && v < minCount);
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      if (group.filter((i) => masked[i]).length !== 1) continue;
      const candidates = group.filter((i) => !masked[i]);
      const total = group[group.length - 1];
      // Hide as little as possible: the smallest non-zero cell, else the total, else a zero cell.
      const nonZero = candidates.filter((i) => i !== total && (values[i] ?? 0) > 0).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
      const pick = nonZero[0] ?? (total !== undefined && !masked[total] ? total : candidates[0]);
      if (pick === undefined) continue;
      masked[pick] = true;
      changed = true;
    }
  }
  return masked;
}

export const show = (value: number, masked: boolean): MaskedCount => (masked ? { masked: true } : { masked: false, value });
export const plain = (value: number): MaskedCount => ({ masked: false, value });

export interface MaskedList {
  cells: MaskedCount[];
  total: MaskedCount;
}

/** A list of counts and their total (one group). */
export function maskList(values: readonly number[], minCount: number): MaskedList {
  const total = values.reduce((a, b) => a + b, 0);
  const all = [...values, total];
  const masked = suppress(all, [all.map((_, i) => i)], minCount);
  return { cells: values.map((v, i) => show(v, masked[i] ?? true)), total: show(total, masked[values.length] ?? true) };
}

export interface MaskedTable {
  cells: MaskedCount[][];
  rowTotals: MaskedCount[];
  columnTotals: MaskedCount[];
  total: MaskedCount;
}

/** A table of counts with its row, column and grand totals: rows, columns and both total lines are groups. */
export function maskTable(matrix: readonly (readonly number[])[], minCount: number): MaskedTable {
  const rows = matrix.length;
  const cols = matrix[0]?.length ?? 0;
  const cell = (r: number, c: number) => r * cols + c;
  const rowTotal = (r: number) => rows * cols + r;
  const colTotal = (c: number) => rows * cols + rows + c;
  const grand = rows * cols + rows + cols;
  const values: number[] = [];
  for (const row of matrix) for (let c = 0; c < cols; c++) values.push(row[c] ?? 0);
  for (const row of matrix) values.push(row.reduce((a, b) => a + b, 0));
  for (let c = 0; c < cols; c++) values.push(matrix.reduce((a, row) => a + (row[c] ?? 0), 0));
  values.push(values.slice(rows * cols, rows * cols + rows).reduce((a, b) => a + b, 0));
  const groups: number[][] = [];
  for (let r = 0; r < rows; r++) groups.push([...Array.from({ length: cols }, (_, c) => cell(r, c)), rowTotal(r)]);
  for (let c = 0; c < cols; c++) groups.push([...Array.from({ length: rows }, (_, r) => cell(r, c)), colTotal(c)]);
  groups.push([...Array.from({ length: rows }, (_, r) => rowTotal(r)), grand]);
  groups.push([...Array.from({ length: cols }, (_, c) => colTotal(c)), grand]);
  const masked = suppress(values, groups, minCount);
  const at = (i: number) => show(values[i] ?? 0, masked[i] ?? true);
  return {
    cells: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => at(cell(r, c)))),
    rowTotals: Array.from({ length: rows }, (_, r) => at(rowTotal(r))),
    columnTotals: Array.from({ length: cols }, (_, c) => at(colTotal(c))),
    total: at(grand),
  };
}

/** An average is shown only when at least minCount facts are behind it. */
export function maskedMean(sum: number, n: number, minCount: number): { masked: true } | { masked: false; value: number; n: number } {
  if (n < minCount) return { masked: true };
  return { masked: false, value: sum / n, n };
}

/** Whether any figure of a masked output could be recovered from the others (used by the tests of every output). */
export function recoverable(values: readonly MaskedCount[], total: MaskedCount): boolean {
  const hidden = values.filter((v) => v.masked).length + (total.masked ? 1 : 0);
  return hidden === 1;
}
