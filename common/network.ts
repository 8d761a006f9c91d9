/**
 * The référent's network (issue 7). Fields of intervention derived from seed 004: the
 * professionals who solve what blocks a pathway, and the VAE actors.
 */
export const NETWORK_FIELDS = [
  'handicap',
  'fle_basic_skills',
  'housing',
  'mobility',
  'family_childcare',
  'health',
  'resources_funding',
  'digital_access',
  'employment',
  'training',
  'certificateur',
  'accompagnateur',
  'funder',
  'counsellor',
] as const;
export type NetworkField = (typeof NETWORK_FIELDS)[number];

export const NETWORK_FIELD_LABELS: Record<NetworkField, string> = {
  handicap: 'Handicap',
  fle_basic_skills: 'FLE et savoirs de base',
  housing: 'Logement',
  mobility: 'Mobilité',
  family_childcare: 'Famille et garde d’enfants',
  health: 'Santé',
  resources_funding: 'Ressources et financement',
  digital_access: 'Accès au numérique',
  employment: 'Emploi',
  training: 'Formation',
  certificateur: 'Certificateur',
  accompagnateur: 'Accompagnateur VAE',
  funder: 'Financeur',
  counsellor: 'Conseil en orientation (CEP)',
};

export const VISIBILITIES = ['private', 'territory'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'outcome_reported', 'expired'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  sent: 'Envoyée, sans réponse',
  accepted: 'Acceptée',
  declined: 'Déclinée',
  outcome_reported: 'Résultat transmis',
  expired: 'Expirée',
};

/** An entry not checked for a year is flagged for review. */
export const CHECK_AFTER_DAYS = 365;
