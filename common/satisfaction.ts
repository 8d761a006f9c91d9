/**
 * The satisfaction questionnaire sent to a candidate at the end of an assistance renforcée or of an
 * accompaniment (issue 6 point 5), and complaint tracking. The questions are data: answers are
 * stored per question id with the questionnaire version, so a later wording change starts a new
 * version instead of silently mixing two questions in one average.
 */
export const SATISFACTION_VERSION = 1;

export type SatisfactionQuestionKind = 'scale' | 'yes_no' | 'text';

export interface SatisfactionQuestion {
  id: string;
  kind: SatisfactionQuestionKind;
  label: string;
  hint?: string;
  required: boolean;
}

export const SATISFACTION_QUESTIONS: readonly SatisfactionQuestion[] = [
  { id: 'overall', kind: 'scale', label: 'Dans l’ensemble, êtes-vous satisfait·e de l’accompagnement reçu ?', required: true },
  { id: 'information', kind: 'scale', label: 'Les informations sur la VAE et sur les étapes de votre parcours étaient-elles claires ?', required: true },
  { id: 'availability', kind: 'scale', label: 'Votre référent ou accompagnateur était-il disponible quand vous en aviez besoin ?', required: true },
  { id: 'supports', kind: 'scale', label: 'Les appuis proposés (rendez-vous, ateliers, orientations vers des partenaires) vous ont-ils été utiles ?', required: true },
  { id: 'pace', kind: 'scale', label: 'Le rythme des rendez-vous vous convenait-il ?', required: true },
  { id: 'recommend', kind: 'yes_no', label: 'Recommanderiez-vous cet accompagnement à une personne de votre entourage ?', required: true },
  { id: 'comment', kind: 'text', label: 'Souhaitez-vous ajouter un commentaire ?', hint: 'Facultatif. Ce que vous avez apprécié, ce qui pourrait être amélioré.', required: false },
];

export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
export const SCALE_LABELS: Record<(typeof SCALE_VALUES)[number], string> = {
  1: 'Pas du tout satisfait·e',
  2: 'Peu satisfait·e',
  3: 'Moyennement satisfait·e',
  4: 'Satisfait·e',
  5: 'Très satisfait·e',
};

export const SATISFACTION_CONTEXTS = ['assistance', 'accompaniment'] as const;
export type SatisfactionContext = (typeof SATISFACTION_CONTEXTS)[number];
export const SATISFACTION_CONTEXT_LABELS: Record<SatisfactionContext, string> = {
  assistance: 'Fin de l’assistance renforcée',
  accompaniment: 'Fin de l’accompagnement',
};

/** queued: the link is being sent; no_recipient: the candidate has no email address to send it to. */
export const SATISFACTION_REQUEST_STATUSES = ['queued', 'sent', 'answered', 'no_recipient'] as const;
export type SatisfactionRequestStatus = (typeof SATISFACTION_REQUEST_STATUSES)[number];

/** Under this number of answers, a mean shown outside the structure could point to one person. */
export const SATISFACTION_MASK_THRESHOLD = 5;

export const COMPLAINT_STATUSES = ['received', 'acknowledged', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  received: 'Reçue',
  acknowledged: 'Prise en compte',
  answered: 'Réponse apportée',
  closed: 'Close',
};

export const COMPLAINT_SUBJECT_MAX = 200;
export const COMPLAINT_TEXT_MAX = 5000;
