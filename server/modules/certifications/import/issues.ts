import type { AccessRouteJson, AccessRouteKind } from '../../../db/schema/certifications';
import { parseFrenchDate, parseLevel, parseOptionalInt, ValueError } from './text';
import type { RecordIssue, RejectionCode } from './types';
import { ACCESS_ROUTES } from './types';

/**
 * Collects what is wrong with one fiche while a parser reads it, so every problem of the fiche is
 * reported at once and the fiche is rejected whole (never written half).
 */
export class IssueCollector {
  readonly issues: RecordIssue[] = [];

  add(reasonCode: RejectionCode, message: string): void {
    this.issues.push({ reasonCode, message });
  }

  attempt<T>(reasonCode: RejectionCode, fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof ValueError)) throw err;
      this.add(reasonCode, err.message);
      return fallback;
    }
  }

  date(raw: string | null | undefined, field: string): string | null {
    return this.attempt('INVALID_DATE', () => parseFrenchDate(raw, field), null);
  }

  int(raw: string | null | undefined, field: string): number | null {
    return this.attempt('INVALID_NUMBER', () => parseOptionalInt(raw, field), null);
  }

  level(code: string | null | undefined, label: string | null | undefined): { level: number | null; code: string | null } {
    return this.attempt('UNKNOWN_LEVEL', () => parseLevel(code, label), { level: null, code: null });
  }
}

export function joinIssues(issues: RecordIssue[]): string {
  return issues.map((i) => i.message).join(' ; ');
}

/** Every route, in a fixed order, so two exports listing routes differently hash the same. */
export function completeAccessRoutes(partial: Partial<Record<AccessRouteKind, Omit<AccessRouteJson, 'route'>>>): AccessRouteJson[] {
  return ACCESS_ROUTES.map((route) => ({
    route,
    active: partial[route]?.active ?? false,
    juryComposition: partial[route]?.juryComposition ?? null,
    modifiedOn: partial[route]?.modifiedOn ?? null,
  }));
}
