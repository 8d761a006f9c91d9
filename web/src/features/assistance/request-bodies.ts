/**
 * The request bodies of the assistance forms, built from what the user typed, with the small
 * checks worth making before sending (the server stays the authority). Error keys are the API's
 * field names, so a server message lands next to the same field.
 */
import {
  ASSISTANCE_CLOSURE_REASONS,
  ASSISTANCE_PHASES,
  CARRIER_KINDS,
  PLAN_ITEM_STATUSES,
  PROPOSER_KINDS,
  SUPPORT_NATURES,
  type AssistancePhase,
  type CarrierKind,
  type ConditionStatus,
} from '../../../../common/assistance';
import { REQUIRED_MESSAGE } from '../../components/validation';
import { localDateTimeWithOffset } from '../pathways/transition-body';
import { parseLines, parseList } from './line-list';
import { needsOrganisation } from './plan-groups';
import type {
  AgreementCreateBody,
  AssessmentCreateBody,
  AssistanceCloseBody,
  AssistanceStartBody,
  CommitmentCreateBody,
  Condition,
  PlanItemCreateBody,
  PlanItemUpdateBody,
} from './types';

export type Built<T> = { ok: true; body: T } | { ok: false; errors: Record<string, string> };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
export const TOO_SHORT_MESSAGE = 'Saisissez au moins 3 caractères.';

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function fail<T>(errors: Record<string, string | undefined>): Built<T> | null {
  const kept: Record<string, string> = {};
  for (const [name, message] of Object.entries(errors)) if (message) kept[name] = message;
  return Object.keys(kept).length > 0 ? { ok: false, errors: kept } : null;
}

// ---- Entry -----------------------------------------------------------------------------------
export interface StartDraft {
  organisationId: string;
  proposerKind: string;
  startPhase: string;
  welcomeProject: string;
  welcomeSituation: string;
  welcomeObstacles: string;
  needIndicators: string;
}

export function buildStartBody(draft: StartDraft, eligibility: { code: string; met: boolean }[] = []): Built<AssistanceStartBody> {
  const failed = fail<AssistanceStartBody>({
    organisationId: draft.organisationId === '' ? REQUIRED_MESSAGE : undefined,
    proposerKind: oneOf(PROPOSER_KINDS, draft.proposerKind) ? undefined : REQUIRED_MESSAGE,
    startPhase: oneOf(ASSISTANCE_PHASES, draft.startPhase) ? undefined : REQUIRED_MESSAGE,
  });
  if (failed || !oneOf(PROPOSER_KINDS, draft.proposerKind) || !oneOf(ASSISTANCE_PHASES, draft.startPhase)) return failed ?? { ok: false, errors: {} };
  return {
    ok: true,
    body: {
      organisationId: draft.organisationId,
      proposerKind: draft.proposerKind,
      startPhase: draft.startPhase,
      eligibility,
      welcomeProject: draft.welcomeProject.trim(),
      welcomeSituation: draft.welcomeSituation.trim(),
      welcomeObstacles: draft.welcomeObstacles.trim(),
      needIndicators: parseList(draft.needIndicators),
    },
  };
}

// ---- Diagnostic ------------------------------------------------------------------------------
export interface AssessmentDraft {
  statuses: Record<string, ConditionStatus>;
  comments: Record<string, string>;
  summary: string;
  sensitiveNotes: string;
}

/** Every condition of the catalogue is sent; one left untouched counts as "not assessed". */
export function buildAssessmentBody(conditions: readonly Condition[], draft: AssessmentDraft): Built<AssessmentCreateBody> {
  if (conditions.length === 0) return { ok: false, errors: { items: 'Aucune condition n’est à évaluer.' } };
  const notes = draft.sensitiveNotes.trim();
  return {
    ok: true,
    body: {
      items: conditions.map((condition) => ({
        conditionCode: condition.code,
        status: draft.statuses[condition.code] ?? 'not_assessed',
        comment: (draft.comments[condition.code] ?? '').trim(),
      })),
      summary: draft.summary.trim(),
      ...(notes !== '' && { sensitiveNotes: notes }),
    },
  };
}

// ---- Plan of supports ------------------------------------------------------------------------
export interface CarrierDraft {
  carrierKind: string;
  carrierOrganisationId: string;
  dueOn: string;
}
export const EMPTY_CARRIER: CarrierDraft = { carrierKind: '', carrierOrganisationId: '', dueOn: '' };

function carrierPart(draft: CarrierDraft): Built<{ carrierKind: CarrierKind; carrierOrganisationId?: string; dueOn?: string }> {
  const kind = oneOf(CARRIER_KINDS, draft.carrierKind) ? draft.carrierKind : '';
  const failed = fail<never>({
    carrierKind: kind === '' ? 'Indiquez qui porte cet appui.' : undefined,
    carrierOrganisationId: needsOrganisation(kind) && draft.carrierOrganisationId === '' ? 'Choisissez l’organisation qui porte cet appui.' : undefined,
    dueOn: draft.dueOn !== '' && !DAY.test(draft.dueOn) ? 'Saisissez une date valide.' : undefined,
  });
  if (failed || kind === '') return failed ?? { ok: false, errors: {} };
  return {
    ok: true,
    body: {
      carrierKind: kind,
      ...(needsOrganisation(kind) && { carrierOrganisationId: draft.carrierOrganisationId }),
      ...(draft.dueOn !== '' && { dueOn: draft.dueOn }),
    },
  };
}

export function buildSuggestedItemBody(supportCode: string, draft: CarrierDraft): Built<PlanItemCreateBody> {
  const carrier = carrierPart(draft);
  return carrier.ok ? { ok: true, body: { supportCode, ...carrier.body } } : carrier;
}

export interface CustomSupportDraft extends CarrierDraft {
  wording: string;
  nature: string;
  phases: AssistancePhase[];
}

export function buildCustomItemBody(draft: CustomSupportDraft): Built<PlanItemCreateBody> {
  const carrier = carrierPart(draft);
  const wording = draft.wording.trim();
  const nature = oneOf(SUPPORT_NATURES, draft.nature) ? draft.nature : '';
  const own = fail<never>({
    'custom.wording': wording.length < 3 ? TOO_SHORT_MESSAGE : undefined,
    'custom.nature': nature === '' ? REQUIRED_MESSAGE : undefined,
    'custom.phases': draft.phases.length === 0 ? 'Cochez au moins une phase.' : undefined,
  });
  if (own || !carrier.ok || nature === '') return { ok: false, errors: { ...(own?.ok === false ? own.errors : {}), ...(carrier.ok ? {} : carrier.errors) } };
  const phases = ASSISTANCE_PHASES.filter((phase) => draft.phases.includes(phase));
  return { ok: true, body: { custom: { wording, nature, phases }, ...carrier.body } };
}

// ---- Agreement, commitments, closure ---------------------------------------------------------
export interface AgreementDraft {
  objectives: string;
  durationMonths: string;
  candidateCommitments: string;
  appointmentDay: string;
  appointmentTime: string;
}

export function buildAgreementBody(draft: AgreementDraft): Built<AgreementCreateBody> {
  const objectives = parseLines(draft.objectives);
  const commitments = parseLines(draft.candidateCommitments);
  const months = /^\d+$/.test(draft.durationMonths.trim()) ? Number(draft.durationMonths.trim()) : NaN;
  const failed = fail<AgreementCreateBody>({
    objectives: objectives.length === 0 ? 'Saisissez au moins un objectif.' : objectives.some((o) => o.length < 3) ? 'Chaque objectif compte au moins 3 caractères.' : undefined,
    durationMonths: Number.isInteger(months) && months >= 1 && months <= 24 ? undefined : 'Saisissez une durée entre 1 et 24 mois.',
    candidateCommitments: commitments.some((c) => c.length < 3) ? 'Chaque engagement compte au moins 3 caractères.' : undefined,
    nextAppointmentAt: DAY.test(draft.appointmentDay) && TIME.test(draft.appointmentTime) ? undefined : 'Saisissez la date et l’heure du prochain rendez-vous.',
  });
  if (failed) return failed;
  return {
    ok: true,
    body: { objectives, durationMonths: months, candidateCommitments: commitments, nextAppointmentAt: localDateTimeWithOffset(draft.appointmentDay, draft.appointmentTime) },
  };
}

export function buildCommitmentBody(draft: { label: string; dueOn: string }): Built<CommitmentCreateBody> {
  const label = draft.label.trim();
  const failed = fail<CommitmentCreateBody>({
    label: label === '' ? REQUIRED_MESSAGE : label.length < 3 ? TOO_SHORT_MESSAGE : undefined,
    dueOn: DAY.test(draft.dueOn) ? undefined : REQUIRED_MESSAGE,
  });
  return failed ?? { ok: true, body: { label, dueOn: draft.dueOn } };
}

export function buildClosureBody(draft: { reason: string; outcome: string; candidateLastWord: string }): Built<AssistanceCloseBody> {
  const outcome = draft.outcome.trim();
  const reason = oneOf(ASSISTANCE_CLOSURE_REASONS, draft.reason) ? draft.reason : '';
  const failed = fail<AssistanceCloseBody>({
    reason: reason === '' ? REQUIRED_MESSAGE : undefined,
    outcome: outcome === '' ? REQUIRED_MESSAGE : outcome.length < 3 ? TOO_SHORT_MESSAGE : undefined,
  });
  if (failed || reason === '') return failed ?? { ok: false, errors: {} };
  return { ok: true, body: { reason, outcome, candidateLastWord: draft.candidateLastWord.trim() } };
}

export function buildPlanItemUpdate(draft: { status: string; feedback: string; effect: string }): Built<PlanItemUpdateBody> {
  if (!oneOf(PLAN_ITEM_STATUSES, draft.status)) return { ok: false, errors: { status: REQUIRED_MESSAGE } };
  return { ok: true, body: { status: draft.status, feedback: draft.feedback.trim(), effect: draft.effect.trim() } };
}

export type AcceptanceBody = { via: 'account'; sha256: string } | { via: 'on_screen'; sha256: string; signatureName: string };

/** The candidate agrees to the exact version they read: its fingerprint goes with the answer. */
export function buildAcceptanceBody(agreement: { sha256: string }, signatureName?: string): Built<AcceptanceBody> {
  if (signatureName === undefined) return { ok: true, body: { via: 'account', sha256: agreement.sha256 } };
  const name = signatureName.trim();
  if (name.length < 2) return { ok: false, errors: { signatureName: 'Saisissez le nom du candidat tel qu’il l’a signé.' } };
  return { ok: true, body: { via: 'on_screen', sha256: agreement.sha256, signatureName: name } };
}
