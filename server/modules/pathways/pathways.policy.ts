import type { PathwayActorKind } from '../../../common/candidates';
import type { Role } from '../../../common/organisations';
import type { PathwayActorRole } from '../../domain/pathway-machine';
import { AppError } from '../../lib/errors';
import type { Principal } from '../../lib/principal';

/**
 * Who may do what on a pathway. Deny by default: a professional acts only through an organisation
 * that is an actor on the pathway, and only with the membership role matching the actor role; the
 * candidate acts on their own pathways; a platform administrator reads everything but acts on none.
 */

export interface PathwayAccessFacts {
  candidateUserId: string | null;
  actors: readonly { organisationId: string; role: PathwayActorKind }[];
}

export type PathwayAction = 'view' | 'transition' | 'upload_document' | 'add_actor' | 'read_sensitive';

/** The membership role that lets a person act for an organisation holding this actor role. */
const MEMBERSHIP_ROLE_FOR: Record<PathwayActorKind, Role> = {
  referent: 'referent',
  accompagnateur: 'accompagnateur',
  conseiller: 'conseiller',
  certificateur_agent: 'certificateur_agent',
  funder: 'funder_analyst',
};

/** The director oversees the organisation's pathways without acting on them. */
const OVERSEEING_ROLES: readonly Role[] = ['director'];

function membershipsOf(principal: Principal): { organisationId: string; role: Role }[] {
  if (principal.type === 'api_token') return [{ organisationId: principal.organisationId, role: principal.role }];
  return principal.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role }));
}

export function isPlatformAdmin(principal: Principal): boolean {
  return principal.type === 'user' && principal.user.isPlatformAdmin;
}

export function isCandidateOf(principal: Principal, facts: Pick<PathwayAccessFacts, 'candidateUserId'>): boolean {
  return principal.type === 'user' && principal.user.kind === 'candidate' && facts.candidateUserId !== null && facts.candidateUserId === principal.user.id;
}

/** The actor rows the principal may act through, with the matching membership role. */
export function actingActors(principal: Principal, facts: PathwayAccessFacts): { organisationId: string; role: PathwayActorKind }[] {
  const mine = membershipsOf(principal);
  return facts.actors.filter((a) => mine.some((m) => m.organisationId === a.organisationId && m.role === MEMBERSHIP_ROLE_FOR[a.role]));
}

/** The state-machine roles the principal holds on this pathway (a funder has none: it only reads). */
export function machineRolesOf(principal: Principal, facts: PathwayAccessFacts): PathwayActorRole[] {
  const roles = new Set<PathwayActorRole>();
  if (isCandidateOf(principal, facts)) roles.add('candidate');
  for (const a of actingActors(principal, facts)) if (a.role !== 'funder') roles.add(a.role);
  return [...roles];
}

export function canOnPathway(principal: Principal, facts: PathwayAccessFacts, action: PathwayAction): boolean {
  const roles = machineRolesOf(principal, facts);
  switch (action) {
    case 'view': {
      if (isPlatformAdmin(principal) || roles.length > 0 || actingActors(principal, facts).length > 0) return true;
      const mine = membershipsOf(principal);
      return facts.actors.some((a) => mine.some((m) => m.organisationId === a.organisationId && OVERSEEING_ROLES.includes(m.role)));
    }
    case 'transition':
    case 'upload_document':
      return roles.length > 0;
    case 'add_actor':
      return isPlatformAdmin(principal) || roles.some((r) => r === 'referent' || r === 'accompagnateur' || r === 'conseiller');
    case 'read_sensitive':
      return roles.some((r) => r === 'candidate' || r === 'referent' || r === 'accompagnateur');
  }
}

export function assertCanOnPathway(principal: Principal, facts: PathwayAccessFacts, action: PathwayAction): void {
  if (!canOnPathway(principal, facts, action)) throw new AppError('FORBIDDEN');
}

/** The organisation a professional acts for in an action, chosen among their actor rows. */
export function actingOrganisationId(principal: Principal, facts: PathwayAccessFacts, role: PathwayActorRole): string | null {
  if (role === 'candidate') return null;
  return actingActors(principal, facts).find((a) => a.role === role)?.organisationId ?? null;
}
