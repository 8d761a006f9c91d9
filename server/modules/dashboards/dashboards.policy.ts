import type { OrganisationKind, Role } from '../../../common/organisations';
import { AppError } from '../../lib/errors';
import type { Principal } from '../../lib/principal';

/**
 * Deny by default. Each dashboard has one kind of reader, who must act for the organisation asked
 * for: the référent for their structure, the director for theirs, the commanditaire's and the
 * resource centre's people for their own organisation. Only a structure's own people go down to
 * the lists of candidates behind a figure.
 */
export const FUNDER_ROLES: Role[] = ['funder_analyst', 'admin'];

function actsAs(p: Principal, organisationId: string, roles: readonly Role[], kind?: OrganisationKind): boolean {
  if (p.type === 'user' && p.user.isPlatformAdmin) return true;
  if (p.type === 'api_token') return p.organisationId === organisationId && roles.includes(p.role) && !kind;
  return p.memberships.some((m) => m.organisationId === organisationId && roles.includes(m.role) && (!kind || m.organisationKind === kind));
}

/** `kind`, when given, is checked on the membership (API tokens, which do not carry it, are then refused). */
export function assertDashboard(p: Principal, organisationId: string, roles: readonly Role[], kind?: OrganisationKind): void {
  if (!actsAs(p, organisationId, roles, kind)) throw new AppError('FORBIDDEN');
}
