/**
 * The sections of the certification record page, in reading order, and which of them the record
 * fills: an empty section is left out of the page and of its summary (no heading without content).
 */
import type { CertificationView } from './types';

export interface RecordSection {
  id: string;
  title: string;
}

const filled = (...values: unknown[]) => values.some((v) => (Array.isArray(v) ? v.length > 0 : v != null && v !== ''));

export function hasProfession(r: CertificationView): boolean {
  const t = r.texts;
  return filled(t.activities, t.capacities, t.sectors, t.jobs, t.objectivesContext, t.regulatedActivities);
}

export function hasAccess(r: CertificationView): boolean {
  return filled(r.texts.entryPrerequisites, r.texts.validationPrerequisites, r.accessRoutes, r.accessibleNewCaledonia, r.accessibleFrenchPolynesia);
}

export function hasFigures(r: CertificationView): boolean {
  const insertion = r.enrichment?.insertion;
  return r.statistics.length > 0 || (insertion != null && filled(insertion.rates, insertion.notes));
}

export function hasOrganisations(r: CertificationView): boolean {
  return r.certificateurs.length > 0 || r.partners.total > 0;
}

export function hasCodes(r: CertificationView): boolean {
  const c = r.codes;
  return filled(c.rome, c.nsf, c.formacode, c.idcc, r.enrichment?.romeAppellations);
}

/** The sections shown for this record; "blocs", "vae" and "enregistrement" always are (they say when the registry is silent). */
export function recordSections(r: CertificationView): RecordSection[] {
  const sections: (RecordSection | false)[] = [
    hasProfession(r) && { id: 'metier', title: 'Le métier' },
    hasAccess(r) && { id: 'acces', title: 'Accès à la certification' },
    { id: 'blocs', title: 'Blocs de compétences' },
    { id: 'vae', title: 'La VAE pour cette certification' },
    hasFigures(r) && { id: 'chiffres', title: 'Chiffres clés' },
    hasOrganisations(r) && { id: 'organismes', title: 'Certificateurs et organismes habilités' },
    hasCodes(r) && { id: 'codes', title: 'Métiers et domaines (codes)' },
    { id: 'enregistrement', title: 'Enregistrement au répertoire' },
  ];
  return sections.filter((s): s is RecordSection => s !== false);
}
