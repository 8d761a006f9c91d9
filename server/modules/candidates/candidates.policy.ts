import type { Role } from '../../../common/organisations';
import type { Principal } from '../../lib/principal';
import { canOnPathway, isPlatformAdmin, type PathwayAccessFacts } from '../pathways/pathways.policy';

/**
 * A candidate's file is seen by the candidate, by the organisation that created it and by the
 * organisations acting on one of the candidate's pathways. Its sensitive part (handicap, health)
 * only by the candidate and the référent or accompagnateur of one of their pathways.
 */
export interface CandidateAccessFacts {
  userId: string | null;
  createdByOrganisationId: string;
  pathways: readonly PathwayAccessFacts[];
}

export type CandidateAction = 'view' | 'edit' | 'create_pathway' | 'read_sensitive';

/** The roles that open and follow candidate files in the organisation that created them. */
export const CANDIDATE_FILE_ROLES: readonly Role[] = ['referent', 'conseiller', 'accompagnateur'];

function isSelf(principal: Principal, facts: CandidateAccessFacts): boolean {
  return principal.type === 'user' && principal.user.kind === 'candidate' && facts.userId !== null && principal.user.id === facts.userId;
}

function memberOfCreator(principal: Principal, facts: CandidateAccessFacts, roles: readonly Role[]): boolean {
  if (principal.type === 'api_token') return principal.organisationId === facts.createdByOrganisationId && roles.includes(principal.role);
  return principal.memberships.some((m) => m.organisationId === facts.createdByOrganisationId && roles.includes(m.role));
}

export function canOnCandidate(principal: Principal, facts: CandidateAccessFacts, action: CandidateAction): boolean {
  switch (action) {
    case 'view':
      return (
        isPlatformAdmin(principal) ||
        isSelf(principal, facts) ||
        memberOfCreator(principal, facts, [...CANDIDATE_FILE_ROLES, 'director']) ||
        facts.pathways.some((p) => canOnPathway(principal, p, 'view'))
      );
    case 'edit':
    case 'create_pathway':
      return (
        memberOfCreator(principal, facts, CANDIDATE_FILE_ROLES) ||
        facts.pathways.some((p) => canOnPathway(principal, p, 'add_actor') && !isPlatformAdmin(principal))
      );
    case 'read_sensitive':
      return isSelf(principal, facts) || facts.pathways.some((p) => canOnPathway(principal, p, 'read_sensitive'));
  }
}
