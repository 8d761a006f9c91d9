import { z } from 'zod';
import {
  ASSISTANCE_CLOSURE_REASONS,
  ASSISTANCE_PHASES,
  CARRIER_KINDS,
  CONDITION_LISTS,
  CONDITION_STATUSES,
  IMPORTANCES,
  PLAN_ITEM_STATUSES,
  PROPOSER_KINDS,
  RISK_LEVELS,
  SUPPORT_NATURES,
} from '../../../common/assistance';
import { PATHWAY_STATES } from '../../../common/pathway';

const ZText = (max: number) => z.string().trim().max(max);
const ZDay = z.iso.date();
export const ZIdParams = z.strictObject({ id: z.string().uuid() });
export const ZItemParams = z.strictObject({ id: z.string().uuid(), itemId: z.string().uuid() });

// ---- Catalogue -------------------------------------------------------------------------------
export const ZCondition = z.object({
  code: z.string(),
  list: z.enum(CONDITION_LISTS),
  wording: z.string(),
  /** After the structure's or commanditaire's choice, else the default. */
  importance: z.enum(IMPORTANCES),
  field: z.enum(['referent', 'accompagnateur']),
});
export const ZSupport = z.object({
  code: z.string(),
  wording: z.string(),
  phases: z.array(z.enum(ASSISTANCE_PHASES)),
  nature: z.enum(SUPPORT_NATURES),
  /** Null for the seed's catalogue; the structure's id for its own supports. */
  customSupportId: z.string().uuid().nullable(),
});
export const ZCatalogue = z.object({ conditions: z.array(ZCondition), supports: z.array(ZSupport) });

// ---- Entry -----------------------------------------------------------------------------------
export const ZAssistanceStart = z.strictObject({
  /** The référent's structure (a membership of the person, actor 'referent' on the pathway). */
  organisationId: z.string().uuid(),
  proposerKind: z.enum(PROPOSER_KINDS),
  proposerOrganisationId: z.string().uuid().nullable().optional(),
  startPhase: z.enum(ASSISTANCE_PHASES),
  eligibility: z.array(z.strictObject({ code: z.string().min(1).max(40), met: z.boolean() })).max(30).default([]),
  welcomeProject: ZText(5000).default(''),
  /** Sensitive: read only by the référent's structure, every read audited. */
  welcomeSituation: ZText(5000).default(''),
  welcomeObstacles: ZText(5000).default(''),
  needIndicators: z.array(ZText(200).min(1)).max(30).default([]),
});
export type TAssistanceStart = z.infer<typeof ZAssistanceStart>;

// ---- Diagnostic ------------------------------------------------------------------------------
export const ZAssessmentCreate = z.strictObject({
  items: z.array(z.strictObject({ conditionCode: z.string().min(1).max(20), status: z.enum(CONDITION_STATUSES), comment: ZText(2000).default('') })).min(1).max(100),
  summary: ZText(5000).default(''),
  /** Sensitive notes (health, family, housing…): the référent's structure only. */
  sensitiveNotes: ZText(5000).optional(),
});
export type TAssessmentCreate = z.infer<typeof ZAssessmentCreate>;

export const ZAssessment = z.object({
  id: z.string().uuid(),
  phase: z.enum(ASSISTANCE_PHASES),
  assessedAt: z.string(),
  assessedBy: z.string().nullable(),
  summary: z.string(),
  items: z.array(z.object({ conditionCode: z.string(), status: z.enum(CONDITION_STATUSES), importance: z.enum(IMPORTANCES), comment: z.string() })),
  /** Whether confidential notes exist (read them through /welcome-notes, audited). */
  hasSensitiveNotes: z.boolean(),
});
export const ZComparison = z.object({
  before: z.object({ id: z.string().uuid(), assessedAt: z.string() }),
  after: z.object({ id: z.string().uuid(), assessedAt: z.string() }),
  rows: z.array(z.object({ conditionCode: z.string(), wording: z.string(), list: z.enum(CONDITION_LISTS), before: z.enum(CONDITION_STATUSES), after: z.enum(CONDITION_STATUSES), change: z.enum(['improved', 'worsened', 'unchanged']) })),
  summary: z.object({ improved: z.number().int(), worsened: z.number().int(), unchanged: z.number().int(), stillMissing: z.number().int() }),
});
export const ZCompareQuery = z.strictObject({ before: z.string().uuid(), after: z.string().uuid() });

// ---- Plan of supports ------------------------------------------------------------------------
export const ZSuggestion = z.object({
  supportCode: z.string(),
  wording: z.string(),
  nature: z.enum(SUPPORT_NATURES),
  explanation: z.string(),
  reasons: z.array(z.object({ conditionCode: z.string(), wording: z.string(), status: z.enum(['missing', 'partly_met']), importance: z.enum(IMPORTANCES) })),
});

const ZCarrier = {
  carrierKind: z.enum(CARRIER_KINDS),
  /** Required for an actor other than the référent and the candidate: an organisation on the pathway or of the network. */
  carrierOrganisationId: z.string().uuid().nullable().optional(),
};
export const ZPlanItemCreate = z.union([
  z.strictObject({ supportCode: z.string().min(1).max(20), ...ZCarrier, dueOn: ZDay.nullable().optional() }),
  z.strictObject({
    /** A support of the référent's own, saved in the structure's catalogue. */
    custom: z.strictObject({ wording: ZText(500).min(3), nature: z.enum(SUPPORT_NATURES), phases: z.array(z.enum(ASSISTANCE_PHASES)).min(1).max(3) }),
    ...ZCarrier,
    dueOn: ZDay.nullable().optional(),
  }),
]);
export type TPlanItemCreate = z.infer<typeof ZPlanItemCreate>;
export const ZPlanItemUpdate = z.strictObject({
  status: z.enum(PLAN_ITEM_STATUSES).optional(),
  dueOn: ZDay.nullable().optional(),
  feedback: ZText(5000).optional(),
  effect: ZText(5000).optional(),
  ...{ carrierKind: ZCarrier.carrierKind.optional(), carrierOrganisationId: ZCarrier.carrierOrganisationId },
});
export type TPlanItemUpdate = z.infer<typeof ZPlanItemUpdate>;
export const ZPlanItem = z.object({
  id: z.string().uuid(),
  supportCode: z.string().nullable(),
  customSupportId: z.string().uuid().nullable(),
  wording: z.string(),
  nature: z.enum(SUPPORT_NATURES),
  phase: z.enum(ASSISTANCE_PHASES),
  carrierKind: z.enum(CARRIER_KINDS),
  carrierOrganisationId: z.string().uuid().nullable(),
  carrierOrganisationName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(PLAN_ITEM_STATUSES),
  overdue: z.boolean(),
  reasons: z.array(z.object({ conditionCode: z.string(), status: z.enum(CONDITION_STATUSES), importance: z.enum(IMPORTANCES) })),
  feedback: z.string(),
  effect: z.string(),
});

// ---- Agreement -------------------------------------------------------------------------------
export const ZAgreementCreate = z.strictObject({
  objectives: z.array(ZText(500).min(3)).min(1).max(20),
  /** Within the regional mandate: 24 months at most from the start of the assistance. */
  durationMonths: z.number().int().min(1).max(24),
  candidateCommitments: z.array(ZText(500).min(3)).max(20).default([]),
  nextAppointmentAt: z.iso.datetime({ offset: true }),
});
export type TAgreementCreate = z.infer<typeof ZAgreementCreate>;
export const ZAgreementAccept = z.discriminatedUnion('via', [
  /** The candidate, from their own account. */
  z.strictObject({ via: z.literal('account'), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  /** Signed on screen at the appointment, entered by the référent with the candidate's name. */
  z.strictObject({ via: z.literal('on_screen'), sha256: z.string().regex(/^[0-9a-f]{64}$/), signatureName: ZText(200).min(2) }),
]);
export const ZAgreement = z.object({
  id: z.string().uuid(),
  version: z.number().int(),
  createdAt: z.string(),
  sha256: z.string(),
  nextAppointmentAt: z.string(),
  objectives: z.array(z.string()),
  durationMonths: z.number().int(),
  candidateCommitments: z.array(z.string()),
  acceptedAt: z.string().nullable(),
  acceptedVia: z.enum(['account', 'on_screen']).nullable(),
  acceptedSignatureName: z.string().nullable(),
  current: z.boolean(),
});

// ---- Commitments -----------------------------------------------------------------------------
export const ZCommitmentCreate = z.strictObject({ label: ZText(300).min(3), dueOn: ZDay });
export const ZCommitmentUpdate = z.strictObject({ status: z.enum(['open', 'met', 'dropped']) });
export const ZCommitment = z.object({ id: z.string().uuid(), label: z.string(), dueOn: z.string(), status: z.enum(['open', 'met', 'dropped']), overdue: z.boolean(), metAt: z.string().nullable() });

// ---- Risk and the "à traiter" list -----------------------------------------------------------
export const ZRisk = z.object({
  level: z.enum(RISK_LEVELS),
  score: z.number(),
  reasons: z.array(z.object({ code: z.string(), text: z.string(), action: z.string() })),
});
export const ZToHandleItem = z.object({
  assistanceId: z.string().uuid(),
  pathwayId: z.string().uuid(),
  candidateName: z.string(),
  certificationCode: z.string(),
  pathwayState: z.enum(PATHWAY_STATES),
  risk: ZRisk,
});

// ---- Closure ---------------------------------------------------------------------------------
export const ZAssistanceClose = z.strictObject({
  reason: z.enum(ASSISTANCE_CLOSURE_REASONS),
  outcome: ZText(5000).min(3),
  candidateLastWord: ZText(5000).default(''),
});

// ---- The whole view --------------------------------------------------------------------------
export const ZAssistance = z.object({
  id: z.string().uuid(),
  pathwayId: z.string().uuid(),
  candidate: z.object({ id: z.string().uuid(), firstName: z.string(), lastName: z.string() }),
  certification: z.object({ code: z.string(), title: z.string() }),
  pathwayState: z.enum(PATHWAY_STATES),
  currentPhase: z.enum(ASSISTANCE_PHASES),
  organisation: z.object({ id: z.string().uuid(), name: z.string() }),
  referentName: z.string().nullable(),
  proposerKind: z.enum(PROPOSER_KINDS),
  proposerOrganisationName: z.string().nullable(),
  startPhase: z.enum(ASSISTANCE_PHASES),
  eligibility: z.array(z.object({ code: z.string(), label: z.string(), met: z.boolean() })),
  welcomeProject: z.string(),
  needIndicators: z.array(z.string()),
  status: z.enum(['open', 'closed']),
  startedAt: z.string(),
  /** Two years after the start (the regional mandate's limit). */
  endsAt: z.string(),
  closedAt: z.string().nullable(),
  closureReason: z.enum(ASSISTANCE_CLOSURE_REASONS).nullable(),
  closureOutcome: z.string().nullable(),
  candidateLastWord: z.string().nullable(),
  /** What the reader may do: the référent's structure edits, others read. */
  canEdit: z.boolean(),
  canReadSensitive: z.boolean(),
  assessments: z.array(ZAssessment),
  plan: z.array(ZPlanItem),
  agreements: z.array(ZAgreement),
  commitments: z.array(ZCommitment),
  risk: ZRisk,
});
export type TAssistance = z.infer<typeof ZAssistance>;

/** The confidential notes, read on demand (each read is in the audit trail). */
export const ZSensitiveWelcome = z.object({
  welcomeSituation: z.string(),
  welcomeObstacles: z.string(),
  assessmentNotes: z.array(z.object({ assessmentId: z.string().uuid(), assessedAt: z.string(), notes: z.string() })),
});

export const ZAssistanceSettings = z.strictObject({
  criteria: z.array(z.strictObject({ code: z.string().regex(/^[a-z0-9_]{1,40}$/, 'Code en minuscules, chiffres et _'), label: ZText(300).min(2) })).max(30),
  importance: z.array(z.strictObject({ conditionCode: z.string().min(1).max(20), importance: z.enum(IMPORTANCES) })).max(100),
});
export const ZOrganisationParams = z.strictObject({ organisationId: z.string().uuid() });
