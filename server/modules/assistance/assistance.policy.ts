import type { Role } from '../../../common/organisations';
import { AppError } from '../../lib/errors';
import type { Principal } from '../../lib/principal';
import { canOnPathway, isCandidateOf, type PathwayAccessFacts } from '../pathways/pathways.policy';

/**
 * Assistance renforcée belongs to the référent's structure: its référents act on it, its direction
 * reads it, and only that structure reads the sensitive notes (welcome situation and obstacles,
 * the diagnostic's confidential notes). The candidate reads their plan, agreement and commitments
 * and agrees; the other actors of the pathway read the plan and the agreement, nothing sensitive.
 */
export interface AssistanceAccessFacts {
  organisationId: string;
  status: 'open' | 'closed';
  pathway: PathwayAccessFacts;
}

export type AssistanceAction = 'view' | 'edit' | 'read_sensitive' | 'accept_as_candidate';

function rolesIn(principal: Principal, organisationId: string): Role[] {
  if (principal.type === 'api_token') return principal.organisationId === organisationId ? [principal.role] : [];
  return principal.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role);
}

export function canOnAssistance(principal: Principal, facts: AssistanceAccessFacts, action: AssistanceAction): boolean {
  const roles = rolesIn(principal, facts.organisationId);
  const isReferent = roles.includes('referent') && facts.pathway.actors.some((a) => a.organisationId === facts.organisationId && a.role === 'referent');
  switch (action) {
    case 'edit':
      return isReferent && facts.status === 'open';
    case 'read_sensitive':
      return isReferent || roles.includes('director');
    case 'accept_as_candidate':
      return isCandidateOf(principal, facts.pathway) && facts.status === 'open';
    case 'view':
      return isReferent || roles.includes('director') || canOnPathway(principal, facts.pathway, 'view');
  }
}

export function assertCanOnAssistance(principal: Principal, facts: AssistanceAccessFacts, action: AssistanceAction): void {
  if (canOnAssistance(principal, facts, action)) return;
  if (action === 'edit' && facts.status === 'closed' && canOnAssistance(principal, facts, 'read_sensitive')) throw new AppError('ASSISTANCE_CLOSED');
  throw new AppError('FORBIDDEN');
}
