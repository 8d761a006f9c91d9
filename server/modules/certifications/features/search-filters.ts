import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { TSearchCertificationsQuery } from '../certifications.schema';

/** The SQL conditions of the search's filters (everything but the words), on `certifications c`. */
export function filterConditions(query: TSearchCertificationsQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.activeOnly) conditions.push(sql`c.active AND c.deactivated_at IS NULL`);
  if (query.kind) conditions.push(sql`c.kind = ${query.kind}`);
  if (query.levels && query.levels.length > 0) conditions.push(sql`c.level = ANY(${sql.param(query.levels)}::int[])`);
  if (query.vaeOpen !== undefined) conditions.push(sql`c.vae_open = ${query.vaeOpen}`);
  if (query.hasBlocs !== undefined) conditions.push(query.hasBlocs ? sql`c.bloc_count > 0` : sql`c.bloc_count = 0`);
  if (query.certificateur) {
    const value = query.certificateur;
    conditions.push(
      /^\d{14}$/.test(value)
        ? sql`EXISTS (SELECT 1 FROM certification_certificateurs f WHERE f.certification_id = c.id AND f.siret = ${value})`
        : sql`EXISTS (SELECT 1 FROM certification_certificateurs f WHERE f.certification_id = c.id AND lower(f.name) = lower(${value}))`,
    );
  }
  if (query.rome) conditions.push(codeFilter('rome', sql`k.code = ${query.rome}`));
  if (query.formacode) conditions.push(codeFilter('formacode', sql`k.code = ${query.formacode}`));
  if (query.nsf) {
    // A three-digit group also finds its specialities with a function letter (332 finds 332t).
    const nsf = query.nsf;
    conditions.push(codeFilter('nsf', nsf.length === 3 ? sql`left(k.code, 3) = ${nsf}` : sql`k.code = ${nsf}`));
  }
  return conditions;
}

function codeFilter(system: string, match: SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM certification_codes k WHERE k.certification_id = c.id AND k.system = ${system} AND ${match})`;
}

/** What identifies a filter combination, whatever the page: the key of cached facet counts. */
export function filterKey(query: TSearchCertificationsQuery): string {
  return JSON.stringify([
    query.activeOnly,
    query.kind ?? null,
    [...(query.levels ?? [])].sort((a, b) => a - b),
    query.vaeOpen ?? null,
    query.hasBlocs ?? null,
    query.certificateur ?? null,
    query.rome ?? null,
    query.formacode ?? null,
    query.nsf ?? null,
  ]);
}
