import type { OrganisationKind, Role, UserKind } from '../../common/organisations';

export interface PrincipalMembership {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: Role;
}

export interface PrincipalUser {
  id: string;
  email: string;
  displayName: string;
  kind: UserKind;
  isPlatformAdmin: boolean;
}

/** Who is acting: a signed-in person (cookie session) or a machine client (API token). */
export type Principal =
  | { type: 'user'; user: PrincipalUser; memberships: PrincipalMembership[]; sessionId: string; csrfToken: string }
  | { type: 'api_token'; tokenId: string; organisationId: string; role: Role };

export interface Actor {
  userId: string | null;
  organisationId: string | null;
}

export function actorOf(principal: Principal | null, organisationId: string | null = null): Actor {
  if (!principal) return { userId: null, organisationId };
  if (principal.type === 'api_token') return { userId: null, organisationId: principal.organisationId };
  return { userId: principal.user.id, organisationId: organisationId ?? principal.memberships[0]?.organisationId ?? null };
}
