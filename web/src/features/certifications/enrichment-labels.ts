/**
 * The labels of the enrichment form, shared by the fields and by the validation (whose summary
 * names the field in error with the same words).
 */

/** A repeatable group: the legend of one row ("Tarif 2") and its buttons. */
export interface RowLabels {
  row: string;
  add: string;
  /** Followed by the row's number: "Retirer le tarif 2". */
  remove: string;
  /** Said once a row is removed: "Tarif 2 retiré." */
  removed: 'retiré' | 'retirée';
  none: string;
}

export const FILING = {
  legend: 'Où déposer sa demande',
  filingBody: 'Organisme de dépôt',
  feasibilityFile: 'Dossier de recevabilité (Livret 1)',
  validationFile: 'Dossier de validation (Livret 2)',
  steps: 'Étapes',
  platforms: 'Plateformes de dépôt',
  admissibilityDelayMonths: 'Délai de réponse sur la recevabilité (mois)',
};

export const JURY = {
  legend: 'Le jury',
  durationMinutes: 'Durée de l’entretien (minutes)',
  presentationMinutes: 'Durée de la présentation libre (minutes)',
  composition: 'Composition',
  description: 'Déroulement',
  outcomes: 'Issues possibles',
};

export const RATES = {
  legend: 'Taux de validation (en %)',
  total: 'Validation totale (%)',
  partial: 'Validation partielle (%)',
  refusal: 'Aucune validation (%)',
  source: 'Source des taux',
};

export const CONDITIONS = 'Conditions de validation';

export const DISPENSE = {
  legend: 'Dispenses',
  row: 'Dispense',
  add: 'Ajouter une dispense',
  remove: 'Retirer la dispense',
  removed: 'retirée',
  none: 'Aucune dispense.',
  description: 'Description',
  condition: 'Condition',
  reference: 'Texte de référence',
} satisfies RowLabels & Record<string, string>;

export const EQUIVALENCE = {
  legend: 'Équivalences (passerelles)',
  row: 'Équivalence',
  add: 'Ajouter une équivalence',
  remove: 'Retirer l’équivalence',
  removed: 'retirée',
  none: 'Aucune équivalence.',
  target: 'Certification visée',
  targetCode: 'Code RNCP ou RS de la certification visée',
  description: 'Description',
  modulesExempted: 'Modules dispensés',
  modulesTotal: 'Nombre total de modules',
} satisfies RowLabels & Record<string, string>;

export const FURTHER_STUDY = {
  legend: 'Poursuites d’études',
  row: 'Poursuite d’études',
  add: 'Ajouter une poursuite d’études',
  remove: 'Retirer la poursuite d’études',
  removed: 'retirée',
  none: 'Aucune poursuite d’études.',
  description: 'Description',
  targetLevel: 'Niveau visé (1 à 8)',
  reference: 'Référence',
} satisfies RowLabels & Record<string, string>;

export const INSERTION = {
  legend: 'Insertion professionnelle',
  source: 'Source des chiffres',
  year: 'Année des chiffres',
  notes: 'Remarques',
};

export const INSERTION_RATE = {
  legend: 'Taux d’insertion',
  row: 'Taux',
  add: 'Ajouter un taux',
  remove: 'Retirer le taux',
  removed: 'retiré',
  none: 'Aucun taux.',
  label: 'Libellé',
  value: 'Valeur (%)',
} satisfies RowLabels & Record<string, string>;

export const TRAINING = {
  legend: 'Formation',
  provider: 'Organisme de formation',
  totalHours: 'Durée totale (heures)',
  totalEcts: 'Total des crédits ECTS',
  accreditationUntil: 'Habilitation valable jusqu’au',
  accessDelays: 'Délais d’accès',
};

export const UNIT = {
  legend: 'Unités de formation',
  row: 'Unité',
  add: 'Ajouter une unité',
  remove: 'Retirer l’unité',
  removed: 'retirée',
  none: 'Aucune unité de formation.',
  code: 'Code',
  title: 'Intitulé',
  kind: 'Nature',
  ects: 'Crédits ECTS',
  hours: 'Heures',
  mandatory: 'Obligatoire ou optionnelle',
  modality: 'Modalité',
} satisfies RowLabels & Record<string, string>;

export const SEMESTER = {
  legend: 'Sessions par année',
  row: 'Session',
  add: 'Ajouter une session',
  remove: 'Retirer la session',
  removed: 'retirée',
  none: 'Aucune session.',
  academicYear: 'Année universitaire',
  period: 'Période',
} satisfies RowLabels & Record<string, string>;

export const PRICE = {
  legend: 'Tarifs',
  row: 'Tarif',
  add: 'Ajouter un tarif',
  remove: 'Retirer le tarif',
  removed: 'retiré',
  none: 'Aucun tarif.',
  label: 'Prestation',
  fundingRoute: 'Voie de financement',
  audience: 'Public',
  provider: 'Prestataire',
  amountEuros: 'Montant (€)',
  unit: 'Montant exprimé',
  taxIncluded: 'Taxes',
} satisfies RowLabels & Record<string, string>;

export const BLOC_NOTE = {
  legend: 'Notes sur les blocs de compétences',
  row: 'Note de bloc',
  add: 'Ajouter une note de bloc',
  remove: 'Retirer la note de bloc',
  removed: 'retirée',
  none: 'Aucune note de bloc.',
  blocCode: 'Bloc de compétences',
  vaeFocus: 'Ce que la VAE met en valeur dans ce bloc',
  prerequisites: 'Prérequis pour ce bloc',
} satisfies RowLabels & Record<string, string>;

export const ROME = {
  legend: 'Appellations ROME',
  row: 'Appellation',
  add: 'Ajouter une appellation',
  remove: 'Retirer l’appellation',
  removed: 'retirée',
  none: 'Aucune appellation ROME.',
  romeCode: 'Code ROME',
  label: 'Appellation',
} satisfies RowLabels & Record<string, string>;

export const SOURCE = {
  legend: 'Sources des informations',
  row: 'Source',
  add: 'Ajouter une source',
  remove: 'Retirer la source',
  removed: 'retirée',
  none: 'Aucune source.',
  document: 'Document',
  note: 'Remarque',
} satisfies RowLabels & Record<string, string>;

/** "Tarif 2", the legend of a row (numbered from 1). */
export const rowName = (labels: RowLabels, index: number) => `${labels.row} ${index + 1}`;
