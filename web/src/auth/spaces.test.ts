import { describe, expect, it } from 'vitest';
import type { Me, Membership, Role } from '../api/types';
import { ROLES } from '../api/types';
import { navigationFor } from '../components/navigation';
import {
  availableSpaces,
  PLATFORM_ADMIN_SPACE_ID,
  resolveActiveSpace,
  ROLE_SPACE_TITLES,
  spaceId,
  spaceTitle,
} from './spaces';

function membership(id: string, role: Role): Membership {
  return { id, organisationId: `org-${id}`, organisationName: `Organisation ${id}`, organisationKind: 'counselling_structure', role };
}

function me(overrides: Partial<Me>): Me {
  return {
    id: 'u1',
    email: 'camille@example.fr',
    displayName: 'Camille Martin',
    kind: 'professional',
    isPlatformAdmin: false,
    memberships: [],
    csrfToken: 'token',
    ...overrides,
  };
}

describe('spaces', () => {
  it('gives each role a distinct home title that names the role', () => {
    const titles = ROLES.map((role) => ROLE_SPACE_TITLES[role]);
    expect(new Set(titles).size).toBe(ROLES.length);
    expect(ROLE_SPACE_TITLES.referent).toBe('Espace référent de parcours');
    expect(ROLE_SPACE_TITLES.certificateur_agent).toBe('Espace certificateur');
    expect(ROLE_SPACE_TITLES.director).toBe('Espace direction');
  });

  it('maps a candidate to the candidate space', () => {
    const active = resolveActiveSpace(me({ kind: 'candidate' }), null);
    expect(spaceTitle(active)).toBe('Espace candidat');
    expect(navigationFor(active).map((entry) => entry.path)).toContain('/mon-parcours');
  });

  it('uses the stored space when it is still available, else the first one', () => {
    const user = me({ memberships: [membership('m1', 'referent'), membership('m2', 'director')], isPlatformAdmin: true });
    expect(availableSpaces(user).map(spaceId)).toEqual(['m1', 'm2', PLATFORM_ADMIN_SPACE_ID]);
    expect(spaceTitle(resolveActiveSpace(user, 'm2'))).toBe('Espace direction');
    expect(spaceTitle(resolveActiveSpace(user, PLATFORM_ADMIN_SPACE_ID))).toBe('Administration');
    expect(spaceTitle(resolveActiveSpace(user, 'gone'))).toBe('Espace référent de parcours');
  });

  it('gives the platform administration its menu', () => {
    const active = resolveActiveSpace(me({ isPlatformAdmin: true }), null);
    expect(navigationFor(active).map((entry) => entry.text)).toEqual([
      'Accueil',
      'Organisations',
      'Groupements',
      'Utilisateurs',
      'Imports du catalogue',
      'Journal d’audit',
      'Boîte d’envoi',
    ]);
  });

  it('falls back to a plain home for a professional without membership', () => {
    expect(resolveActiveSpace(me({}), null)).toBeNull();
    expect(spaceTitle(null)).toBe('Accueil');
  });
});
