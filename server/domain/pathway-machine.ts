import { PATHWAY_STATES, type ClosureReason, type JuryAttendance, type JuryOverall, type PathwayState } from '../../common/pathway';
import { AppError } from '../lib/errors';

/**
 * The VAE pathway as a state machine, in pure code: each transition names who may do it, from which
 * states, and what data it needs. Features load the pathway, call `applyTransition`, and persist the
 * returned snapshot with a history row and an audit event in one transaction.
 */

/** Who acts on a pathway: the candidate, or a professional through their role on it. */
export type PathwayActorRole = 'candidate' | 'referent' | 'accompagnateur' | 'conseiller' | 'certificateur_agent';

export interface PathwaySnapshot {
  state: PathwayState;
  /** 1 for the first jury, +1 for each new cycle toward a new jury on the remaining blocs. */
  cycle: number;
  targetedBlocs: readonly string[];
  /** Blocs validated by a jury: they stay acquired across cycles. */
  acquiredBlocs: readonly string[];
  jury: { date: Date; place: string; format: 'presentiel' | 'distanciel' } | null;
  lastJuryOverall: JuryOverall | null;
}

export interface BlocResult {
  code: string;
  validated: boolean;
  preconisations?: string | undefined;
}

export type TransitionInput =
  | { type: 'start_faisabilite' }
  | { type: 'file_faisabilite'; hasLivret1: boolean }
  | { type: 'declare_recevable'; decidedOn: Date }
  | { type: 'declare_non_recevable'; reasons: string }
  | { type: 'declare_incomplete'; missing: string }
  | { type: 'restart_faisabilite' }
  | { type: 'start_validation' }
  | { type: 'file_validation'; hasLivret2: boolean }
  | { type: 'schedule_jury'; date: Date; place: string; format: 'presentiel' | 'distanciel'; convocationSent: boolean }
  | { type: 'record_jury_result'; attendance: JuryAttendance; blocs: BlocResult[] }
  | { type: 'hold_post_jury_interview'; heldOn: Date; summary: string }
  | { type: 'start_new_cycle' }
  | { type: 'obtain_certification' }
  | { type: 'close'; reason: ClosureReason; details: string };

export type TransitionType = TransitionInput['type'];

const PROS_AND_CANDIDATE: PathwayActorRole[] = ['candidate', 'referent', 'accompagnateur', 'conseiller'];

interface Rule {
  from: readonly PathwayState[];
  roles: readonly PathwayActorRole[];
  label: string;
}

const OPEN_STATES: PathwayState[] = PATHWAY_STATES.filter((st) => st !== 'closed' && st !== 'closed_certified');

export const TRANSITION_RULES: Record<TransitionType, Rule> = {
  start_faisabilite: { from: ['information'], roles: PROS_AND_CANDIDATE, label: 'Commencer le dossier de faisabilité' },
  file_faisabilite: { from: ['faisabilite_preparation'], roles: ['candidate', 'referent', 'accompagnateur'], label: 'Déposer le dossier de faisabilité' },
  declare_recevable: { from: ['faisabilite_filed'], roles: ['certificateur_agent'], label: 'Déclarer recevable' },
  declare_non_recevable: { from: ['faisabilite_filed'], roles: ['certificateur_agent'], label: 'Déclarer non recevable' },
  declare_incomplete: { from: ['faisabilite_filed'], roles: ['certificateur_agent'], label: 'Déclarer le dossier incomplet' },
  restart_faisabilite: { from: ['non_recevable'], roles: PROS_AND_CANDIDATE, label: 'Reprendre le dossier de faisabilité' },
  start_validation: { from: ['recevable'], roles: ['candidate', 'referent', 'accompagnateur'], label: 'Commencer le dossier de validation' },
  file_validation: { from: ['validation_writing'], roles: ['candidate', 'referent', 'accompagnateur'], label: 'Déposer le dossier de validation' },
  schedule_jury: { from: ['validation_filed'], roles: ['certificateur_agent'], label: 'Programmer le jury' },
  record_jury_result: { from: ['jury_scheduled'], roles: ['certificateur_agent'], label: 'Saisir le résultat du jury' },
  hold_post_jury_interview: { from: ['jury_result_entered'], roles: ['referent', 'accompagnateur', 'conseiller'], label: 'Tenir l’entretien post-jury' },
  start_new_cycle: { from: ['post_jury'], roles: ['candidate', 'referent', 'accompagnateur'], label: 'Préparer un nouveau jury sur les blocs restants' },
  obtain_certification: { from: ['post_jury'], roles: ['referent', 'accompagnateur', 'certificateur_agent'], label: 'Clore : certification obtenue' },
  close: { from: OPEN_STATES, roles: ['candidate', 'referent', 'accompagnateur', 'conseiller', 'certificateur_agent'], label: 'Clore le parcours' },
};

/** Who may give each closure reason: a candidate can stop, only a certificateur or référent records an expiry. */
const CLOSURE_ROLES: Record<ClosureReason, readonly PathwayActorRole[]> = {
  abandon: PROS_AND_CANDIDATE,
  recevabilite_expired: ['certificateur_agent', 'referent'],
  moved_structure: ['referent', 'conseiller', 'accompagnateur'],
  pathway_expired: ['referent', 'certificateur_agent'],
};

export function remainingBlocs(s: Pick<PathwaySnapshot, 'targetedBlocs' | 'acquiredBlocs'>): string[] {
  const acquired = new Set(s.acquiredBlocs);
  return s.targetedBlocs.filter((b) => !acquired.has(b));
}

function requireText(value: string, field: string, label: string): void {
  if (value.trim().length === 0) throw new AppError('MISSING_DATA', `${label} est obligatoire.`, { fields: { [field]: `${label} est obligatoire.` } });
}

/** The transitions this role may attempt now (for "next steps" and buttons). */
export function availableTransitions(s: PathwaySnapshot, role: PathwayActorRole): TransitionType[] {
  return (Object.keys(TRANSITION_RULES) as TransitionType[]).filter((t) => {
    const rule = TRANSITION_RULES[t];
    if (!rule.from.includes(s.state) || !rule.roles.includes(role)) return false;
    if (t === 'start_new_cycle') return remainingBlocs(s).length > 0;
    if (t === 'obtain_certification') return remainingBlocs(s).length === 0;
    return true;
  });
}

export function applyTransition(s: PathwaySnapshot, input: TransitionInput, role: PathwayActorRole, now: Date): PathwaySnapshot {
  const rule = TRANSITION_RULES[input.type];
  if (!rule.roles.includes(role)) throw new AppError('ROLE_NOT_ALLOWED', `« ${rule.label} » n’est pas possible avec votre rôle.`);
  if (!rule.from.includes(s.state)) throw new AppError('TRANSITION_NOT_ALLOWED', `« ${rule.label} » n’est pas possible depuis l’état actuel du parcours.`, { state: s.state });

  switch (input.type) {
    case 'start_faisabilite':
    case 'restart_faisabilite':
      return { ...s, state: 'faisabilite_preparation' };
    case 'file_faisabilite':
      if (!input.hasLivret1) throw new AppError('MISSING_DATA', 'Joignez le dossier de faisabilité (Livret 1) avant de le déposer.', { fields: { document: 'Livret 1 manquant.' } });
      return { ...s, state: 'faisabilite_filed' };
    case 'declare_recevable':
      if (input.decidedOn.getTime() > now.getTime()) throw new AppError('MISSING_DATA', 'La date de décision ne peut pas être dans le futur.', { fields: { decidedOn: 'Date future.' } });
      return { ...s, state: 'recevable' };
    case 'declare_non_recevable':
      requireText(input.reasons, 'reasons', 'Le motif de non-recevabilité');
      return { ...s, state: 'non_recevable' };
    case 'declare_incomplete':
      requireText(input.missing, 'missing', 'La liste des pièces manquantes');
      return { ...s, state: 'faisabilite_preparation' };
    case 'start_validation':
      return { ...s, state: 'validation_writing' };
    case 'file_validation':
      if (!input.hasLivret2) throw new AppError('MISSING_DATA', 'Joignez le dossier de validation (Livret 2) avant de le déposer.', { fields: { document: 'Livret 2 manquant.' } });
      return { ...s, state: 'validation_filed' };
    case 'schedule_jury':
      requireText(input.place, 'place', 'Le lieu ou le lien du jury');
      if (input.date.getTime() <= now.getTime()) throw new AppError('MISSING_DATA', 'La date du jury doit être à venir.', { fields: { date: 'Date passée.' } });
      return { ...s, state: 'jury_scheduled', jury: { date: input.date, place: input.place, format: input.format } };
    case 'record_jury_result':
      return recordJuryResult(s, input, now);
    case 'hold_post_jury_interview':
      requireText(input.summary, 'summary', 'Le compte rendu de l’entretien');
      if (input.heldOn.getTime() > now.getTime()) throw new AppError('MISSING_DATA', 'L’entretien post-jury ne peut pas être daté dans le futur.', { fields: { heldOn: 'Date future.' } });
      return { ...s, state: 'post_jury' };
    case 'start_new_cycle':
      if (remainingBlocs(s).length === 0) throw new AppError('NO_BLOC_REMAINING');
      return { ...s, state: 'validation_writing', cycle: s.cycle + 1, jury: null };
    case 'obtain_certification':
      if (remainingBlocs(s).length > 0) throw new AppError('BLOCS_REMAINING', `Blocs restant à valider : ${remainingBlocs(s).join(', ')}.`);
      return { ...s, state: 'closed_certified' };
    case 'close':
      if (!CLOSURE_ROLES[input.reason].includes(role)) throw new AppError('ROLE_NOT_ALLOWED', 'Votre rôle ne permet pas ce motif de clôture.');
      requireText(input.details, 'details', 'La précision du motif');
      return { ...s, state: 'closed' };
  }
}

function recordJuryResult(s: PathwaySnapshot, input: Extract<TransitionInput, { type: 'record_jury_result' }>, now: Date): PathwaySnapshot {
  if (!s.jury) throw new AppError('TRANSITION_NOT_ALLOWED', 'Aucun jury n’est programmé.');
  if (now.getTime() < s.jury.date.getTime()) throw new AppError('JURY_RESULT_TOO_EARLY');
  if (input.attendance === 'excused') {
    // An excused candidate keeps the cycle: the jury is to be scheduled again.
    if (input.blocs.length > 0) throw new AppError('BLOC_NOT_TARGETED', 'Un candidat excusé n’a pas de résultat par bloc.');
    return { ...s, state: 'validation_filed', jury: null };
  }
  if (input.attendance === 'absent') {
    if (input.blocs.length > 0) throw new AppError('BLOC_NOT_TARGETED', 'Un candidat absent n’a pas de résultat par bloc.');
    return { ...s, state: 'jury_result_entered', lastJuryOverall: 'none' };
  }
  const presented = remainingBlocs(s);
  const seen = new Set<string>();
  for (const b of input.blocs) {
    if (!presented.includes(b.code)) {
      throw new AppError('BLOC_NOT_TARGETED', `Le bloc ${b.code} n’est pas présenté à ce jury (non visé ou déjà acquis).`, { fields: { [`blocs.${b.code}`]: 'Bloc non présenté.' } });
    }
    if (seen.has(b.code)) throw new AppError('MISSING_DATA', `Le bloc ${b.code} apparaît deux fois.`);
    seen.add(b.code);
  }
  const missing = presented.filter((c) => !seen.has(c));
  if (missing.length > 0) throw new AppError('MISSING_DATA', `Résultat manquant pour : ${missing.join(', ')}.`, { fields: { blocs: `Manquant : ${missing.join(', ')}` } });
  const validated = input.blocs.filter((b) => b.validated).map((b) => b.code);
  const acquired = [...s.acquiredBlocs, ...validated];
  const overall: JuryOverall = validated.length === presented.length ? 'total' : validated.length > 0 ? 'partial' : 'none';
  return { ...s, state: 'jury_result_entered', acquiredBlocs: acquired, lastJuryOverall: overall };
}
