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

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
