import { ApiError, apiFetch } from '../../api/client';
import type { Page } from '../../api/types';

const MAX_PAGES = 50;
const BATCH = 100;

/** Loads every page of a paginated admin list (bounded, for pickers and look-ups), with its filters if any. */
export async function loadAll<T>(path: string, signal?: AbortSignal, filters: Record<string, string> = {}): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await apiFetch<Page<T>>(path, { query: { ...filters, page, pageSize: BATCH }, signal });
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) break;
  }
  return items;
}

/**
 * Loads one entity of an admin list: `GET path/:id` when the server offers it, else a scan of
 * the list (the contract only promises list, create and patch).
 */
export async function loadOne<T extends { id: string }>(path: string, id: string, signal?: AbortSignal): Promise<T> {
  try {
    return await apiFetch<T>(`${path}/${encodeURIComponent(id)}`, { signal });
  } catch (error) {
    const routeMissing = error instanceof ApiError && (error.code === 'ROUTE_NOT_FOUND' || error.status === 405);
    if (!routeMissing) throw error;
  }
  const found = (await loadAll<T>(path, signal)).find((item) => item.id === id);
  if (!found) throw new ApiError(404, 'NOT_FOUND', 'Ressource introuvable.');
  return found;
}
