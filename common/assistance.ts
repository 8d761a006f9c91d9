/**
 * Assistance renforcée (seed 004): the closed lists shared by the server and the web app.
 * The condition lists and the support catalogue themselves are reference data
 * (server/reference/assistance/), derived from the seed.
 */
import type { PathwayState } from './pathway';

/** The three lists of conditions of success of seed 004 (I – 3). */
export const CONDITION_LISTS = ['material', 'pedagogical', 'behavioural'] as const;
export type ConditionList = (typeof CONDITION_LISTS)[number];
export const CONDITION_LIST_LABELS: Record<ConditionList, string> = {
  material: 'Matérielles : outils et ressources utiles au candidat',
  pedagogical: 'Technico-pédagogiques : capacités liées exclusivement à la démarche de VAE',
  behavioural: 'Comportementales, sociales et relationnelles',
};

export const IMPORTANCES = ['important', 'desirable'] as const;
export type Importance = (typeof IMPORTANCES)[number];
export const IMPORTANCE_LABELS: Record<Importance, string> = { important: 'Condition importante', desirable: 'Condition souhaitable' };

/** How a condition stands for this candidate at one assessment. */
export const CONDITION_STATUSES = ['met', 'partly_met', 'missing', 'not_assessed'] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];
export const CONDITION_STATUS_LABELS: Record<ConditionStatus, string> = {
  met: 'Réunie',
  partly_met: 'Partiellement réunie',
  missing: 'Manquante',
  not_assessed: 'Non évaluée',
};

/** The three phases of the seed's table of supports, where assistance renforcée can start. */
export const ASSISTANCE_PHASES = ['before_recevabilite', 'recevabilite_to_jury', 'after_jury'] as const;
export type AssistancePhase = (typeof ASSISTANCE_PHASES)[number];
export const ASSISTANCE_PHASE_LABELS: Record<AssistancePhase, string> = {
  before_recevabilite: 'En amont de la recevabilité',
  recevabilite_to_jury: 'Entre la recevabilité et le jury',
  after_jury: 'À l’issue du jury',
};

/** The phase a pathway state belongs to (a closed pathway keeps the phase it ended in: after the jury). */
export function phaseOfState(state: PathwayState): AssistancePhase {
  switch (state) {
    case 'information':
    case 'faisabilite_preparation':
    case 'faisabilite_filed':
    case 'non_recevable':
      return 'before_recevabilite';
    case 'recevable':
    case 'validation_writing':
    case 'validation_filed':
    case 'jury_scheduled':
      return 'recevabilite_to_jury';
    case 'jury_result_entered':
    case 'post_jury':
    case 'closed_certified':
    case 'closed':
      return 'after_jury';
  }
}

/** The nature of a support (seed 004: "appuis matériels, pédagogiques ou personnels"). */
export const SUPPORT_NATURES = ['material', 'pedagogical', 'personal'] as const;
export type SupportNature = (typeof SUPPORT_NATURES)[number];
export const SUPPORT_NATURE_LABELS: Record<SupportNature, string> = { material: 'Appui matériel', pedagogical: 'Appui pédagogique', personal: 'Appui personnel' };

export const PLAN_ITEM_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];
export const PLAN_ITEM_STATUS_LABELS: Record<PlanItemStatus, string> = { planned: 'Prévu', in_progress: 'En cours', done: 'Réalisé', dropped: 'Abandonné' };

/** Who carries a plan item: the référent, the candidate, or another actor of the network. */
export const CARRIER_KINDS = ['referent', 'candidate', 'accompagnateur', 'certificateur', 'funder', 'training_body', 'partner'] as const;
export type CarrierKind = (typeof CARRIER_KINDS)[number];
export const CARRIER_KIND_LABELS: Record<CarrierKind, string> = {
  referent: 'Référent de parcours',
  candidate: 'Candidat',
  accompagnateur: 'Accompagnateur',
  certificateur: 'Certificateur',
  funder: 'Financeur',
  training_body: 'Organisme de formation',
  partner: 'Partenaire',
};

/** Who proposed assistance renforcée (seed 004: the structure after a conseil VAE, or another one). */
export const PROPOSER_KINDS = ['counselling_structure', 'certificateur', 'information_orientation', 'cep_operator', 'other'] as const;
export type ProposerKind = (typeof PROPOSER_KINDS)[number];
export const PROPOSER_KIND_LABELS: Record<ProposerKind, string> = {
  counselling_structure: 'La structure de conseil, après un conseil VAE',
  certificateur: 'Un certificateur',
  information_orientation: 'Un organisme d’information et d’orientation',
  cep_operator: 'Un opérateur du conseil en évolution professionnelle (CEP)',
  other: 'Une autre structure',
};

export const ASSISTANCE_CLOSURE_REASONS = ['certified', 'partial_with_plan', 'abandon', 'relay', 'max_duration'] as const;
export type AssistanceClosureReason = (typeof ASSISTANCE_CLOSURE_REASONS)[number];
export const ASSISTANCE_CLOSURE_REASON_LABELS: Record<AssistanceClosureReason, string> = {
  certified: 'Certification obtenue',
  partial_with_plan: 'Validation partielle, suite du parcours confiée',
  abandon: 'Abandon',
  relay: 'Relais vers une autre structure',
  max_duration: 'Fin des deux ans d’assistance renforcée',
};

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { low: 'Risque faible', medium: 'Risque moyen', high: 'Risque élevé' };
