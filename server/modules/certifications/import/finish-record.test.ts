import { describe, expect, it } from 'vitest';
import { CSV_ZIP, RNCP_XML, RS_XML } from '../testing/sample-files';
import { canonicalJson } from './finish-record';
import { readExport } from './read-export';
import type { ParsedCertification } from './types';

// The first implementation, kept here as the reference: each object's defined entries sorted by key,
// at every depth. Stored content hashes were computed with it, so the fast one must write the same bytes.
function referenceJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(referenceJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${referenceJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function recordsOf(file: string): Promise<ParsedCertification[]> {
  const out: ParsedCertification[] = [];
  for await (const event of readExport(file, { today: '2026-12-06' })) if (event.type === 'item' && event.item.ok) out.push(event.item.record);
  return out;
}

describe('canonicalJson', () => {
  it.each([RNCP_XML, RS_XML, CSV_ZIP])('writes the same bytes as the reference for every record of %s', async (file) => {
    const records = await recordsOf(file);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(canonicalJson(record)).toBe(referenceJson(record));
  });

  it('orders keys at every depth and leaves undefined values out, whatever the insertion order', () => {
    const a = { z: 1, a: { y: [{ b: 2, a: undefined, c: null }], x: 'é' } };
    const b = { a: { x: 'é', y: [{ c: null, b: 2 }] }, z: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"x":"é","y":[{"b":2,"c":null}]},"z":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('sorts array-index keys as text like the reference, which insertion order alone cannot do', () => {
    const value = { b: { '10': 'x', '2': 'y', a: [{ '1': null, z: 0 }] }, a: 1 };
    expect(canonicalJson(value)).toBe(referenceJson(value));
    expect(canonicalJson(value)).toBe('{"a":1,"b":{"10":"x","2":"y","a":[{"1":null,"z":0}]}}');
  });

  it('gives the same bytes for objects of one shape met again (the sorted keys are cached per shape)', () => {
    const first = { y: 1, x: { q: [1, 2], p: 'a' } };
    const again = { y: 2, x: { q: [], p: 'b' } };
    expect(canonicalJson(first)).toBe(referenceJson(first));
    expect(canonicalJson(again)).toBe(referenceJson(again));
    expect(canonicalJson('texte')).toBe('"texte"');
  });
});
