import { createHash } from 'node:crypto';
import type { IssueCollector } from './issues';
import type { ParsedCertification, ParsedItem, RecordLocation } from './types';

/** Last checks shared by every format, then the verdict: a whole record or its rejection. */
export function finishRecord(
  record: ParsedCertification,
  issues: IssueCollector,
  location: RecordLocation,
  rawCode: string,
): ParsedItem {
  if (record.title.trim() === '') issues.add('MISSING_TITLE', 'intitulé (INTITULE) absent');
  if (issues.issues.length > 0) return { ok: false, code: rawCode || '(sans numéro)', issues: issues.issues, location };
  return { ok: true, record, location };
}

export function dedupeBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * SHA-256 of the record's imported fields in a canonical JSON (keys sorted at every depth), so the
 * same fiche read from two files, or built in another key order, hashes the same.
 */
export function contentHash(record: ParsedCertification): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}

// JSON.stringify writes an object's keys in insertion order and is fastest without a replacer: so
// each object is copied with its keys inserted in sorted order, then written natively. The sorted
// order is worked out once per distinct key list (a fiche's objects have a handful of shapes).
// Same bytes as sorting each object's entries by hand (undefined values are left out both ways),
// about twice as fast as a replacer array of every key.
// An object with an array-index key ("2", "10") cannot be copied that way, since JavaScript puts
// such keys first in numeric order whatever the insertion order: that value takes the replacer path.
const sortedKeysByShape = new Map<string, string[] | null>();
const MAX_SHAPES = 10_000;
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

class HasIndexKey extends Error {}

export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(sortedCopy(value)) ?? 'undefined';
  } catch (err) {
    if (!(err instanceof HasIndexKey)) throw err;
    return JSON.stringify(value, [...allKeys(value, new Set())].sort()) ?? 'undefined';
  }
}

function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortedCopy);
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  const shape = keys.join('\u0000');
  let sorted = sortedKeysByShape.get(shape);
  if (sorted === undefined) {
    sorted = keys.some((k) => ARRAY_INDEX.test(k)) ? null : [...keys].sort();
    if (sortedKeysByShape.size >= MAX_SHAPES) sortedKeysByShape.clear();
    sortedKeysByShape.set(shape, sorted);
  }
  if (sorted === null) throw new HasIndexKey();
  const copy: Record<string, unknown> = {};
  for (const key of sorted) copy[key] = sortedCopy(source[key]);
  return copy;
}

function allKeys(value: unknown, keys: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) allKeys(item, keys);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      keys.add(key);
      allKeys(child, keys);
    }
  }
  return keys;
}
