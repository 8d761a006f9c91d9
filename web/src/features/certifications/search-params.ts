/**
 * The search lives in the address (`/certifications?q=…&level=5`), so a search can be shared and
 * the back button works. These pure functions turn the address into the API query and back.
 */

export const SEARCH_KEYS = ['q', 'level', 'kind', 'certificateur', 'rome', 'nsf', 'formacode', 'vaeOpen', 'hasBlocs', 'inactive'] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];
export type SearchValues = Record<SearchKey, string>;

export const RESULTS_PER_PAGE = 10;

export function readSearch(params: URLSearchParams): { values: SearchValues; page: number } {
  const values = {} as SearchValues;
  for (const key of SEARCH_KEYS) values[key] = params.get(key) ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  return { values, page };
}

/** The query of `GET /api/certifications` (empty values are left out by the API client). */
export function apiQuery(values: SearchValues, page: number): Record<string, string | number | boolean | undefined> {
  return {
    q: values.q,
    level: values.level,
    kind: values.kind,
    certificateur: values.certificateur,
    rome: values.rome,
    nsf: values.nsf,
    formacode: values.formacode,
    vaeOpen: values.vaeOpen === '1' ? true : undefined,
    hasBlocs: values.hasBlocs === '1' ? true : undefined,
    activeOnly: values.inactive === '1' ? false : undefined,
    page,
    pageSize: RESULTS_PER_PAGE,
  };
}

/** The address of a search: only the filled values, and the page when past the first. */
export function searchHref(values: Partial<SearchValues>, page = 1): string {
  const params = new URLSearchParams();
  for (const key of SEARCH_KEYS) {
    const value = values[key]?.trim();
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/certifications?${search}` : '/certifications';
}
