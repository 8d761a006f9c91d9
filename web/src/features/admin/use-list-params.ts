import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export const PAGE_SIZE = 20;

/**
 * Filters and page of a list, kept in the address (so they survive reloads and the back
 * button). `apply` sets filters and goes back to page 1.
 */
export function useListParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const keyList = keys.join(',');

  const values = useMemo(() => {
    const result = {} as Record<K, string>;
    const names = (keyList === '' ? [] : keyList.split(',')) as K[];
    for (const key of names) result[key] = params.get(key) ?? '';
    return result;
  }, [params, keyList]);

  const apply = useCallback(
    (next: Partial<Record<K, string>>) => {
      const updated = new URLSearchParams(params);
      for (const [key, value] of Object.entries(next) as [K, string | undefined][]) {
        if (value) updated.set(key, value);
        else updated.delete(key);
      }
      updated.delete('page');
      setParams(updated);
    },
    [params, setParams],
  );

  const pageHref = useCallback(
    (pageNumber: number) => {
      const updated = new URLSearchParams(params);
      if (pageNumber <= 1) updated.delete('page');
      else updated.set('page', String(pageNumber));
      const search = updated.toString();
      return search ? `?${search}` : '?';
    },
    [params],
  );

  return { page, values, apply, pageHref };
}
