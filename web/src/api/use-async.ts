import { useCallback, useEffect, useState } from 'react';
import { isAbortError, toApiError, type ApiError } from './client';

/**
 * Runs an async loader on mount and whenever `key` changes (a null key runs nothing); `reload()`
 * runs it again. Stale runs are aborted.
 */
export function useAsync<T>(key: string | null, loader: (signal: AbortSignal) => Promise<T>) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(key !== null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    loader(controller.signal)
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
    // The loader is recreated on each render; `key` says when it really has to run again.
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload, setData };
}
