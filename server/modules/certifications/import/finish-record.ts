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

// Every object key met so far, sorted. JSON.stringify with this list as its replacer writes each
// object's keys in the list's order at every depth, natively: the same bytes as sorting each
// object's entries by hand (undefined values are left out both ways), at a fraction of the cost.
const knownKeys = new Set<string>();
let sortedKeys: string[] = [];

export function canonicalJson(value: unknown): string {
  if (collectNewKeys(value)) sortedKeys = [...knownKeys].sort();
  return JSON.stringify(value, sortedKeys) ?? 'undefined';
}

function collectNewKeys(value: unknown): boolean {
  let added = false;
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object' && collectNewKeys(item)) added = true;
  } else if (value !== null && typeof value === 'object') {
    for (const key in value) {
      if (!knownKeys.has(key)) {
        knownKeys.add(key);
        added = true;
      }
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object' && collectNewKeys(child)) added = true;
    }
  }
  return added;
}
