import type { PathwayState } from '../../../../common/pathway';

export interface VaeStep {
  title: string;
  text: string;
}

/** The five big steps of a VAE pathway, as explained to candidates. */
export const VAE_STEPS: readonly VaeStep[] = [
  {
    title: 'Information et conseil',
    text: 'Vous choisissez, avec un conseiller, la certification (ou les blocs de compétences) qui correspond à votre expérience.',
  },
  {
    title: 'Recevabilité',
    text: 'Votre dossier de faisabilité est envoyé au certificateur, qui dispose de deux mois pour se prononcer sur sa recevabilité.',
  },
  {
    title: 'Dossier de validation',
    text: "Vous rédigez votre dossier avec votre accompagnateur, au cours de séances d'une à trois heures, avec un travail personnel entre les séances.",
  },
  {
    title: 'Jury',
    text: "Le certificateur vous convoque devant un jury. L'entretien dure environ 45 minutes et commence par une présentation libre. Le jury peut décider une validation totale, partielle, ou aucune validation.",
  },
  {
    title: 'Après le jury',
    text: "Un entretien permet d'analyser le résultat et de construire la suite (expérience ou formation complémentaire, nouveau jury) jusqu'à la validation totale.",
  },
];

/** Which big step (1 to 5) each state belongs to; a pathway closed without the certification has none. */
const BIG_STEP_OF: Record<PathwayState, number | null> = {
  information: 1,
  faisabilite_preparation: 2,
  faisabilite_filed: 2,
  non_recevable: 2,
  recevable: 3,
  validation_writing: 3,
  validation_filed: 3,
  jury_scheduled: 4,
  jury_result_entered: 5,
  post_jury: 5,
  closed_certified: 5,
  closed: null,
};

/** The big step (1-based, as the DSFR stepper counts) of a pathway state, or null once closed. */
export function bigStepOf(state: PathwayState): number | null {
  return BIG_STEP_OF[state];
}

/** The title of the big step after `step`, or undefined for the last one. */
export function nextBigStepTitle(step: number): string | undefined {
  return VAE_STEPS[step]?.title;
}
