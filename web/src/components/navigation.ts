/** Main navigation entries for each space (pure, so it can be tested without a DOM). */
import type { Space } from '../auth/spaces';

export interface NavEntry {
  text: string;
  path: string;
}

export const ADMIN_NAVIGATION: NavEntry[] = [
  { text: 'Organisations', path: '/admin/organisations' },
  { text: 'Groupements', path: '/admin/groupements' },
  { text: 'Utilisateurs', path: '/admin/utilisateurs' },
  { text: 'Imports du catalogue', path: '/admin/certifications/imports' },
  { text: 'Journal d’audit', path: '/admin/audit' },
  { text: 'Boîte d’envoi', path: '/admin/boite-envoi' },
];

/** Entries shown to everyone, signed in or not, after those of the space. */
export const PUBLIC_NAVIGATION: NavEntry[] = [{ text: 'Certifications', path: '/certifications' }];

export function navigationFor(space: Space | null): NavEntry[] {
  if (space === null) return [{ text: 'Accueil', path: '/' }];
  switch (space.kind) {
    case 'platform_admin':
      return [{ text: 'Accueil', path: '/' }, ...ADMIN_NAVIGATION];
    case 'candidate':
      return [
        { text: 'Mon espace', path: '/' },
        { text: 'Mon parcours', path: '/mon-parcours' },
      ];
    case 'membership':
      return [{ text: 'Accueil', path: '/' }];
  }
}

/** Whether a navigation entry is the current section (the home only matches exactly). */
export function isActivePath(entryPath: string, currentPath: string): boolean {
  if (entryPath === '/') return currentPath === '/';
  return currentPath === entryPath || currentPath.startsWith(`${entryPath}/`);
}
