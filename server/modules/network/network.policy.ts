import type { Role } from '../../../common/organisations';
import { AppError } from '../../lib/errors';
import { organisationIdsOf } from '../../lib/policy';
import type { Principal } from '../../lib/principal';

/**
 * The address book belongs to a structure: its professionals read it, its référents and director
 * keep it. An entry shared with the territory is read by the structures covering one of its
 * départements, never edited by them.
 */
export const NETWORK_ROLES: Role[] = ['referent', 'director', 'accompagnateur', 'conseiller'];
export const NETWORK_EDITORS: Role[] = ['referent', 'director'];

export function assertReadsFor(principal: Principal, organisationId: string): void {
  if (!organisationIdsOf(principal, NETWORK_ROLES).includes(organisationId)) throw new AppError('FORBIDDEN');
}

export function assertKeepsFor(principal: Principal, organisationId: string): void {
  if (!organisationIdsOf(principal, NETWORK_EDITORS).includes(organisationId)) throw new AppError('FORBIDDEN');
}

export interface EntryVisibilityFacts {
  organisationId: string;
  visibility: 'private' | 'territory';
  departements: readonly string[];
}

/** An organisation sees its own entries and the shared ones of a département it covers. */
export function entryVisibleTo(entry: EntryVisibilityFacts, organisationId: string, organisationDepartements: readonly string[]): boolean {
  if (entry.organisationId === organisationId) return true;
  return entry.visibility === 'territory' && entry.departements.some((d) => organisationDepartements.includes(d));
}

/** The organisations (with a network role) whose view of the address book includes this entry. */
export function readingOrganisation(principal: Principal, entry: EntryVisibilityFacts, departementsByOrg: Map<string, string[]>): string | null {
  for (const orgId of organisationIdsOf(principal, NETWORK_ROLES)) if (entryVisibleTo(entry, orgId, departementsByOrg.get(orgId) ?? [])) return orgId;
  return null;
}
