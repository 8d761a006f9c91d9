import { useCallback, useEffect, useState } from 'react';
import { apiFetch, buildUrl, isAbortError, toApiError, type ApiError, type ApiFetchOptions } from './client';

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
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(url !== null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    apiFetch<T>(url, { signal: controller.signal })
      .then((result) => {
        setData(result);
        setLoading(false);
      })
      .catch((cause: unknown) => {
        if (isAbortError(cause)) return;
        setError(toApiError(cause));
        setLoading(false);
      });
    return () => controller.abort();
  }, [url, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}
