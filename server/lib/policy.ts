import type { Role } from '../../common/organisations';
import { AppError } from './errors';
import type { Principal } from './principal';

/**
 * Every route declares one of these in `config.policy`. A route without one is refused (deny by
 * default) and the route enumeration test fails. Record-level checks (this organisation, this
 * pathway) happen in the feature, with the helpers below.
 */
export type Policy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'platformAdmin' }
  | { kind: 'candidate' }
  | { kind: 'roles'; roles: readonly Role[] };

export const policies = {
  public: (): Policy => ({ kind: 'public' }),
  authenticated: (): Policy => ({ kind: 'authenticated' }),
  platformAdmin: (): Policy => ({ kind: 'platformAdmin' }),
  candidate: (): Policy => ({ kind: 'candidate' }),
  roles: (...roles: Role[]): Policy => ({ kind: 'roles', roles }),
};

/** Throws the right AppError when the principal does not satisfy the route policy. */
export function enforcePolicy(policy: Policy | undefined, principal: Principal | null): void {
  if (!policy) throw new AppError('FORBIDDEN', 'Cette route n’a pas de règle d’accès : accès refusé.');
  if (policy.kind === 'public') return;
  if (!principal) throw new AppError('UNAUTHENTICATED');
  switch (policy.kind) {
    case 'authenticated':
      return;
    case 'platformAdmin':
      if (principal.type === 'user' && principal.user.isPlatformAdmin) return;
      break;
    case 'candidate':
      if (principal.type === 'user' && principal.user.kind === 'candidate') return;
      break;
    case 'roles':
      if (principal.type === 'user' && principal.user.isPlatformAdmin) return;
      if (rolesOf(principal).some((r) => policy.roles.includes(r))) return;
      break;
  }
  throw new AppError('FORBIDDEN');
}

export function rolesOf(principal: Principal): Role[] {
  if (principal.type === 'api_token') return [principal.role];
  return principal.memberships.map((m) => m.role);
}

export function organisationIdsOf(principal: Principal, roles?: readonly Role[]): string[] {
  if (principal.type === 'api_token') {
    return !roles || roles.includes(principal.role) ? [principal.organisationId] : [];
  }
  return principal.memberships.filter((m) => !roles || roles.includes(m.role)).map((m) => m.organisationId);
}

/** Record-level guard: the principal acts within this organisation, with one of these roles. */
export function assertActsFor(principal: Principal, organisationId: string, roles?: readonly Role[]): void {
  if (principal.type === 'user' && principal.user.isPlatformAdmin) return;
  if (!organisationIdsOf(principal, roles).includes(organisationId)) throw new AppError('FORBIDDEN');
}
