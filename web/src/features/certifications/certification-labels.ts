/** French wording of the catalogue's values, for display only. */
import type { CertificationEnrichment, TCertificationDetail } from './types';

export const LEVEL_OPTIONS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

export function levelLabel(level: number | null): string {
  return level == null ? 'Niveau non précisé' : `Niveau ${level}`;
}

export const ACCESS_ROUTE_LABELS: Record<TCertificationDetail['accessRoutes'][number]['route'], string> = {
  initial_training: 'Formation initiale',
  apprenticeship: 'Apprentissage',
  continuing_education: 'Formation continue',
  professionalisation_contract: 'Contrat de professionnalisation',
  individual_application: 'Candidature individuelle',
  vae: 'VAE',
};

type FundingRoute = NonNullable<CertificationEnrichment['prices'][number]['fundingRoute']>;
export const FUNDING_ROUTE_LABELS: Record<FundingRoute, string> = {
  cpf: 'CPF',
  employer: 'Employeur',
  france_travail: 'France Travail',
  region_cofunding: 'Cofinancement régional',
  opco: 'OPCO',
  self: 'Financement personnel',
};

export const IMPORT_STATUS_LABELS = {
  queued: 'En attente',
  running: 'En cours',
  completed: 'Terminé',
  failed: 'Échec',
} as const;

export function formatEuros(amount: number): string {
  return amount.toLocaleString('fr-FR', { style: 'currency', currency: 'EUR' });
}

export function formatPercent(value: number | null): string {
  return value == null ? '—' : `${value.toLocaleString('fr-FR')} %`;
}
