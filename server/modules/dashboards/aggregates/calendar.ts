/** The calendar year and month (1..12) of an instant in France, where the funders' months are counted. */
export function parisYearMonth(at: Date): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return { year: get('year'), month: get('month') };
}

/** The share of the year already elapsed at `at` (1 for a past year, 0 for a future one). */
export function elapsedShare(year: number, at: Date): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return Math.max(0, Math.min(1, (at.getTime() - start) / (end - start)));
}
