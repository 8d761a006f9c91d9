import { useCallback, useState } from 'react';
import { toApiError, type ApiError } from '../api/client';

export type MutationResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface Mutation {
  /** Runs a request, keeping `pending` and `error` up to date. Never throws. */
  run: <T>(action: () => Promise<T>) => Promise<MutationResult<T>>;
  pending: boolean;
  error: ApiError | null;
  /** The server's message for one field (from `details.fields`), if any. */
  fieldError: (name: string) => string | undefined;
  clearError: () => void;
}

export function useMutation(): Mutation {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<MutationResult<T>> => {
    setPending(true);
    setError(null);
    try {
      const value = await action();
      return { ok: true, value };
    } catch (cause) {
      const apiError = toApiError(cause);
      setError(apiError);
      return { ok: false, error: apiError };
    } finally {
      setPending(false);
    }
  }, []);

  const fieldError = useCallback((name: string) => error?.fields[name], [error]);
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, fieldError, clearError };
}
