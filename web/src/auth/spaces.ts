/**
 * A "space" is the hat a signed-in person wears: a candidate, the platform administration,
 * or one of their memberships (a role in an organisation). Professionals with several
 * memberships pick the active one; the choice is kept in localStorage.
 */
import type { Me, Membership, Role } from '../api/types';
import { ROLE_LABELS } from '../labels';

export type Space =
  | { kind: 'candidate' }
  | { kind: 'platform_admin' }
  | { kind: 'membership'; membership: Membership };

export const CANDIDATE_SPACE_ID = 'candidat';
export const PLATFORM_ADMIN_SPACE_ID = 'administration';

/** Heading of each role's home; each contains the role's name so every home is distinct. */
export const ROLE_SPACE_TITLES: Record<Role, string> = {
  referent: 'Espace référent de parcours',
  accompagnateur: 'Espace accompagnateur',
  conseiller: 'Espace conseiller VAE',
  certificateur_agent: 'Espace certificateur',
  director: 'Espace direction',
  funder_analyst: 'Espace financeur',
  school_staff: 'Espace établissement scolaire',
  admin: "Espace administration de l'organisation",
};

export const CANDIDATE_SPACE_TITLE = 'Espace candidat';
export const PLATFORM_ADMIN_SPACE_TITLE = 'Administration';
export const NO_SPACE_TITLE = 'Accueil';

export function spaceId(space: Space): string {
  switch (space.kind) {
    case 'candidate':
      return CANDIDATE_SPACE_ID;
    case 'platform_admin':
      return PLATFORM_ADMIN_SPACE_ID;
    case 'membership':
      return space.membership.id;
  }
}

/** The spaces a person can switch between, in display order. */
export function availableSpaces(me: Me): Space[] {
  const spaces: Space[] = [];
  if (me.kind === 'candidate') spaces.push({ kind: 'candidate' });
  for (const membership of me.memberships) spaces.push({ kind: 'membership', membership });
  if (me.isPlatformAdmin) spaces.push({ kind: 'platform_admin' });
  return spaces;
}

/** The active space: the stored choice when it is still available, else the first one. */
export function resolveActiveSpace(me: Me, storedId: string | null): Space | null {
  const spaces = availableSpaces(me);
  return spaces.find((space) => spaceId(space) === storedId) ?? spaces[0] ?? null;
}

export function spaceTitle(space: Space | null): string {
  if (space === null) return NO_SPACE_TITLE;
  switch (space.kind) {
    case 'candidate':
      return CANDIDATE_SPACE_TITLE;
    case 'platform_admin':
      return PLATFORM_ADMIN_SPACE_TITLE;
    case 'membership':
      return ROLE_SPACE_TITLES[space.membership.role];
  }
}

/** Label of a space in the space selector, e.g. "Référent de parcours – CIBC Rhône". */
export function spaceOptionLabel(space: Space): string {
  switch (space.kind) {
    case 'candidate':
      return 'Espace candidat';
    case 'platform_admin':
      return 'Administration de la plateforme';
    case 'membership':
      return `${ROLE_LABELS[space.membership.role]} – ${space.membership.organisationName}`;
  }
}

export function activeSpaceStorageKey(userId: string): string {
  return `jalon.activeSpace.${userId}`;
}
