/**
 * Pure rules of the "Organisations gestionnaires" section of a record (platform admins only):
 * which certificateur organisations may be added, and which already edit through their SIRET.
 */
import type { Organisation } from '../../api/types';

export type { TManager as Manager } from '../../../../server/modules/certifications/certifications-admin.schema';

/** The certificateur organisations that do not manage the record yet, by name. */
export function managerCandidates(organisations: readonly Organisation[], managerIds: readonly string[]): Organisation[] {
  const managing = new Set(managerIds);
  return organisations
    .filter((o) => o.kind === 'certificateur' && !managing.has(o.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

const digits = (siret: string) => siret.replace(/\s+/g, '');

/**
 * The enabled certificateur organisations whose SIRET is one of the record's certificateurs: their
 * agents edit the record without being managers (server: can-edit-enrichment.ts).
 */
export function siretEditors(organisations: readonly Organisation[], certificateurs: readonly { siret: string | null }[]): Organisation[] {
  const sirets = new Set(certificateurs.flatMap((c) => (c.siret && digits(c.siret) !== '' ? [digits(c.siret)] : [])));
  return organisations
    .filter((o) => o.kind === 'certificateur' && !o.disabled && o.siret !== null && sirets.has(digits(o.siret)))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** "A", "A et B", "A, B et C". */
export function frenchList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}

/** The option's text of an organisation in the add form. */
export function optionLabel(organisation: Pick<Organisation, 'name' | 'siret' | 'disabled'>): string {
  const siret = organisation.siret ? ` (SIRET ${organisation.siret})` : '';
  return `${organisation.name}${siret}${organisation.disabled ? ' – désactivée' : ''}`;
}
