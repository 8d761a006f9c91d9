/** The states of a VAE pathway, in the order a candidate usually goes through them. */
export const PATHWAY_STATES = [
  'information',
  'faisabilite_preparation',
  'faisabilite_filed',
  'recevable',
  'non_recevable',
  'validation_writing',
  'validation_filed',
  'jury_scheduled',
  'jury_result_entered',
  'post_jury',
  'closed_certified',
  'closed',
] as const;
export type PathwayState = (typeof PATHWAY_STATES)[number];

export const PATHWAY_STATE_LABELS: Record<PathwayState, string> = {
  information: 'Information et conseil',
  faisabilite_preparation: 'Dossier de faisabilité en préparation',
  faisabilite_filed: 'Dossier de faisabilité déposé',
  recevable: 'Recevable',
  non_recevable: 'Non recevable',
  validation_writing: 'Dossier de validation en rédaction',
  validation_filed: 'Dossier de validation déposé',
  jury_scheduled: 'Jury programmé',
  jury_result_entered: 'Résultat du jury saisi',
  post_jury: 'Entretien post-jury réalisé',
  closed_certified: 'Certification obtenue',
  closed: 'Parcours clos',
};

export const CLOSURE_REASONS = ['abandon', 'recevabilite_expired', 'moved_structure', 'pathway_expired'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const CLOSURE_REASON_LABELS: Record<ClosureReason, string> = {
  abandon: 'Abandon',
  recevabilite_expired: 'Recevabilité expirée',
  moved_structure: 'Suivi par une autre structure',
  pathway_expired: 'Durée maximale du parcours dépassée',
};

export const JURY_ATTENDANCE = ['present', 'absent', 'excused'] as const;
export type JuryAttendance = (typeof JURY_ATTENDANCE)[number];

export const JURY_OVERALL = ['total', 'partial', 'none'] as const;
export type JuryOverall = (typeof JURY_OVERALL)[number];
