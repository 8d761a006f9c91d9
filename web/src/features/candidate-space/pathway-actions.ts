import type { PathwayActorKind } from '../../../../common/candidates';

export interface CandidateAction {
  type: string;
  label: string;
  /** What happens once confirmed, in plain words. */
  confirmation: string;
}

/**
 * The transitions a candidate can trigger with a button: those that need no other information
 * (the others carry dates or decisions entered by the professionals).
 */
const CONFIRMATIONS: Record<string, string> = {
  start_faisabilite: 'Vous commencez votre dossier de faisabilité. Votre référent en sera informé.',
  file_faisabilite:
    'Votre dossier de faisabilité sera transmis au certificateur, qui étudiera sa recevabilité. Vérifiez d’abord que votre Livret 1 figure bien dans « Mes documents ».',
  restart_faisabilite: 'Vous reprenez votre dossier de faisabilité pour le compléter.',
  start_validation: 'Vous commencez la rédaction de votre dossier de validation (Livret 2).',
  file_validation:
    'Votre dossier de validation sera transmis au certificateur, qui vous convoquera au jury. Vérifiez d’abord que votre Livret 2 figure bien dans « Mes documents ».',
  start_new_cycle: 'Vous préparez un nouveau passage devant le jury pour les blocs qui restent à valider.',
};

export function candidateActions(available: readonly { type: string; label: string }[]): CandidateAction[] {
  return available.flatMap((t) => {
    const confirmation = CONFIRMATIONS[t.type];
    return confirmation ? [{ type: t.type, label: t.label, confirmation }] : [];
  });
}

const VISIBILITY_REASONS: Record<PathwayActorKind, string> = {
  referent: 'suit l’ensemble de votre parcours et vous aide à lever ce qui freine votre avancée',
  accompagnateur: 'vous aide à rédiger votre dossier de validation et à préparer le jury',
  certificateur_agent: 'étudie la recevabilité de votre dossier, organise le jury et enregistre ses décisions',
  conseiller: 'vous a conseillé sur le choix de la certification et des blocs visés',
  funder: 'finance votre parcours et en suit l’avancement',
};

/** Why an organisation taking part in the pathway sees the candidate's file. */
export function visibilityReason(role: PathwayActorKind): string {
  return VISIBILITY_REASONS[role];
}
