/**
 * Pure formatting of the certificateur's list of records ("Mes certifications" on their home): the
 * state of each record's VAE information and why the organisation may edit it.
 */
import type {
  TMyCertification as MyCertification,
  TMyCertificationReason as MyCertificationReason,
} from '../../../../server/modules/certifications/my-certifications.schema';
import { formatDay } from './record-format';

export type { MyCertification, MyCertificationReason };
export type { TMyCertificationsResponse as MyCertificationsPage } from '../../../../server/modules/certifications/my-certifications.schema';

export type EnrichmentState = 'missing' | 'reference' | 'edited';

export interface EnrichmentStateBadge {
  state: EnrichmentState;
  label: string;
  severity: 'warning' | 'info' | 'success';
}

/**
 * No enrichment: to complete. An enrichment no one edited: the platform's reference data. An
 * edited one: when, as a day in Paris ("Modifiées le 3 décembre 2026").
 */
export function enrichmentStateBadge(item: Pick<MyCertification, 'enrichmentUpdatedAt' | 'editedAt'>): EnrichmentStateBadge {
  if (item.editedAt) return { state: 'edited', label: `Modifiées le ${formatDay(item.editedAt)}`, severity: 'success' };
  if (item.enrichmentUpdatedAt) return { state: 'reference', label: 'Renseignées par la plateforme', severity: 'info' };
  return { state: 'missing', label: 'Informations VAE à compléter', severity: 'warning' };
}

export const REASON_LABELS: Record<MyCertificationReason, string> = {
  manager: 'gestionnaire désignée',
  siret: 'certificateur au registre',
};

/** "gestionnaire désignée et certificateur au registre", in the order the server gives. */
export function reasonsLabel(why: readonly MyCertificationReason[]): string {
  const labels = why.map((reason) => REASON_LABELS[reason]);
  if (labels.length === 0) return '—';
  const text = labels.join(' et ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
