import { apiFetch, buildUrl, type ApiError, type ApiFetchOptions } from './client';
import { useAsync } from './use-async';

export interface ApiQueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  /** Loads again (after a change made on the page). */
  reload: () => void;
}

/** Loads `GET path?query` and reloads when the URL changes; aborts stale requests. */
export function useApi<T>(path: string | null, query?: ApiFetchOptions['query']): ApiQueryState<T> {
  const url = path === null ? null : buildUrl(path, query);
  const { data, error, loading, reload } = useAsync<T>(url, (signal) => apiFetch<T>(url ?? '', { signal }));
  return { data, error, loading, reload };
}
