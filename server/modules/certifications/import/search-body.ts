import type { ParsedCertification } from './types';

/**
 * The long texts of a record (activities, capacities, sectors, objectives: the search vector's D
 * part) with each whitespace-separated word kept once, in order of first appearance. The text
 * search parser starts afresh after ASCII whitespace, so the words give the same lexemes as the
 * whole texts; only their positions, which no query reads, differ.
 */
export function searchBody(record: ParsedCertification): string {
  const text = [record.activities, record.capacities, record.sectors, record.objectivesContext].filter((t) => t !== null).join(' ');
  return [...new Set(text.split(/[ \t\n\r\f\v]+/))].join(' ');
}
