import type { PrincipalMembership, PrincipalUser } from '../../lib/principal';
import type { TMe } from './auth.schema';

export function presentMe(user: PrincipalUser, memberships: PrincipalMembership[], csrfToken: string): TMe {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    kind: user.kind,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships: memberships.map((m) => ({
      id: m.id,
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      organisationKind: m.organisationKind,
      role: m.role,
    })),
    csrfToken,
  };
}
