import type { Database } from '../../../db/client';
import type { FacetRow } from '../certifications.presenter';

// Facet counts of a filter-only search (no words) cover most of the catalogue and change only when
// an import or the seed writes the records, which bumps certification_catalogue_revision. They are
// kept per database (tests open many) and per filter combination, for the current revision only.
const MAX_ENTRIES = 256;
const caches = new WeakMap<Database, Map<string, { revision: string; facets: FacetRow }>>();

export function cachedFacets(database: Database, key: string, revision: string): FacetRow | undefined {
  const entry = caches.get(database)?.get(key);
  return entry && entry.revision === revision ? entry.facets : undefined;
}

export function rememberFacets(database: Database, key: string, revision: string, facets: FacetRow): void {
  let cache = caches.get(database);
  if (!cache) {
    cache = new Map();
    caches.set(database, cache);
  }
  cache.delete(key);
  // A Map iterates in insertion order: the first key is the least recently stored.
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, { revision, facets });
}
