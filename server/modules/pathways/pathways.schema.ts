import { z } from 'zod';
import { DOCUMENT_KINDS, FUNDING_ROUTES, PATHWAY_ACTOR_ROLES } from '../../../common/candidates';
import { CLOSURE_REASONS, JURY_ATTENDANCE, JURY_OVERALL, PATHWAY_STATES } from '../../../common/pathway';
import { ZDeadlineLimits } from '../../domain/deadlines';
import { ZPageQuery } from '../../lib/pagination';

/** What the timeline of a pathway gathers: its steps and documents, and the assistance renforcée's diagnostics, supports and agreements. */
export const TIMELINE_KINDS = ['transition', 'document', 'assessment', 'support', 'agreement'] as const;

export const ZIdParams = z.strictObject({ id: z.string().uuid() });
const ZMachineRole = z.enum(['candidate', 'referent', 'accompagnateur', 'conseiller', 'certificateur_agent']);
/** A moment: an ISO date-time with its offset, or a calendar day. */
const ZMoment = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
const ZFreeText = z.string().max(5000);

export const ZActorInput = z.strictObject({
  organisationId: z.string().uuid(),
  role: z.enum(PATHWAY_ACTOR_ROLES),
  userId: z.string().uuid().nullable().optional(),
});
export type TActorInput = z.infer<typeof ZActorInput>;

export const ZPathwayCreate = z.strictObject({
  candidateId: z.string().uuid(),
  certificationCode: z.string().trim().toUpperCase().regex(/^(RNCP|RS)\d+$/, 'Code RNCP ou RS attendu'),
  /** The blocs aimed at; all the certification's blocs when absent. */
  blocCodes: z.array(z.string().trim().min(1).max(40)).min(1).max(50).optional(),
  /** The organisation the professional acts for, and the role it takes on the pathway. */
  organisationId: z.string().uuid(),
  role: z.enum(['referent', 'accompagnateur', 'conseiller']),
  actors: z.array(ZActorInput).max(20).default([]),
  fundingRoute: z.enum(FUNDING_ROUTES),
  documentsLanguage: z.string().trim().regex(/^[a-z]{2}$/, 'Code de langue à deux lettres (fr, en…)').default('fr'),
});
export type TPathwayCreate = z.infer<typeof ZPathwayCreate>;

const asRole = { role: ZMachineRole.optional() };
export const ZTransitionBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start_faisabilite'), ...asRole }),
  z.strictObject({ type: z.literal('file_faisabilite'), ...asRole }),
  z.strictObject({ type: z.literal('declare_recevable'), decidedOn: ZMoment, ...asRole }),
  z.strictObject({ type: z.literal('declare_non_recevable'), reasons: ZFreeText, ...asRole }),
  z.strictObject({ type: z.literal('declare_incomplete'), missing: ZFreeText, ...asRole }),
  z.strictObject({ type: z.literal('restart_faisabilite'), ...asRole }),
  z.strictObject({ type: z.literal('start_validation'), ...asRole }),
  z.strictObject({ type: z.literal('file_validation'), ...asRole }),
  z.strictObject({ type: z.literal('schedule_jury'), date: z.iso.datetime({ offset: true }), place: z.string().max(300), format: z.enum(['presentiel', 'distanciel']), convocationSent: z.boolean().default(false), ...asRole }),
  z.strictObject({
    type: z.literal('record_jury_result'),
    attendance: z.enum(JURY_ATTENDANCE),
    blocs: z.array(z.strictObject({ code: z.string().trim().min(1).max(40), validated: z.boolean(), preconisations: ZFreeText.optional() })).max(50).default([]),
    ...asRole,
  }),
  z.strictObject({ type: z.literal('hold_post_jury_interview'), heldOn: ZMoment, summary: ZFreeText, ...asRole }),
  z.strictObject({ type: z.literal('start_new_cycle'), ...asRole }),
  z.strictObject({ type: z.literal('obtain_certification'), ...asRole }),
  z.strictObject({ type: z.literal('close'), reason: z.enum(CLOSURE_REASONS), details: ZFreeText, ...asRole }),
]);
export type TTransitionBody = z.infer<typeof ZTransitionBody>;

const ZBool = z.enum(['true', 'false']).transform((v) => v === 'true');
export const ZPathwayListQuery = z.strictObject({
  ...ZPageQuery,
  state: z.enum(PATHWAY_STATES).optional(),
  certificationCode: z.string().trim().toUpperCase().max(40).optional(),
  departementCode: z.string().regex(/^(\d{2}|2A|2B|97\d)$/).optional(),
  actorOrganisationId: z.string().uuid().optional(),
  overdue: ZBool.optional(),
  hasRemainingBlocs: ZBool.optional(),
});
export type TPathwayListQuery = z.infer<typeof ZPathwayListQuery>;

export const ZDocumentUploadQuery = z.strictObject({ kind: z.enum(DOCUMENT_KINDS) });

const ZDeadline = z.object({ kind: z.string(), label: z.string(), dueAt: z.string(), status: z.enum(['met', 'upcoming', 'due_soon', 'overdue']), daysLeft: z.number().int() });
const ZActor = z.object({
  id: z.string().uuid(),
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  role: z.enum(PATHWAY_ACTOR_ROLES),
  roleLabel: z.string(),
  userId: z.string().uuid().nullable(),
  userDisplayName: z.string().nullable(),
});
export const ZDocument = z.object({
  id: z.string().uuid(),
  kind: z.enum(DOCUMENT_KINDS),
  kindLabel: z.string(),
  originalName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string().uuid().nullable(),
  replacedBy: z.string().uuid().nullable(),
});
export type TDocument = z.infer<typeof ZDocument>;
const ZTransition = z.object({
  id: z.string().uuid(),
  type: z.string(),
  label: z.string(),
  fromState: z.enum(PATHWAY_STATES),
  toState: z.enum(PATHWAY_STATES),
  cycle: z.number().int(),
  actorRole: z.string(),
  actorUserId: z.string().uuid().nullable(),
  actorOrganisationId: z.string().uuid().nullable(),
  at: z.string(),
  data: z.record(z.string(), z.unknown()),
});
const ZBlocResult = z.object({ cycle: z.number().int(), sessionId: z.string().uuid(), juryDate: z.string(), validated: z.boolean(), preconisations: z.string().nullable() });
const ZBloc = z.object({ id: z.string().uuid(), code: z.string(), label: z.string(), acquired: z.boolean(), acquiredCycle: z.number().int().nullable(), acquiredAt: z.string().nullable(), results: z.array(ZBlocResult) });
const ZJury = z.object({
  id: z.string().uuid(),
  cycle: z.number().int(),
  scheduledAt: z.string(),
  place: z.string(),
  format: z.enum(['presentiel', 'distanciel']),
  convocationSent: z.boolean(),
  attendance: z.enum(JURY_ATTENDANCE).nullable(),
  overall: z.enum(JURY_OVERALL).nullable(),
});

export const ZPathwaySummary = z.object({
  id: z.string().uuid(),
  candidate: z.object({ id: z.string().uuid(), firstName: z.string(), lastName: z.string(), departementCode: z.string().nullable() }),
  certification: z.object({ id: z.string().uuid(), code: z.string(), title: z.string() }),
  state: z.enum(PATHWAY_STATES),
  stateLabel: z.string(),
  cycle: z.number().int(),
  fundingRoute: z.enum(FUNDING_ROUTES),
  startedAt: z.string(),
  lastContactAt: z.string(),
  remainingBlocs: z.number().int(),
  overdueDeadlines: z.array(z.string()),
});
export type TPathwaySummary = z.infer<typeof ZPathwaySummary>;

export const ZPathway = ZPathwaySummary.extend({
  lastJuryOverall: z.enum(JURY_OVERALL).nullable(),
  closedAt: z.string().nullable(),
  closureReason: z.enum(CLOSURE_REASONS).nullable(),
  closureDetails: z.string().nullable(),
  documentsLanguage: z.string(),
  myRoles: z.array(ZMachineRole),
  availableTransitions: z.array(z.object({ type: z.string(), label: z.string() })),
  deadlines: z.array(ZDeadline),
  blocs: z.object({ targeted: z.array(z.string()), acquired: z.array(z.string()), remaining: z.array(z.string()), board: z.array(ZBloc) }),
  juries: z.array(ZJury),
  transitions: z.array(ZTransition),
  documents: z.array(ZDocument),
  timeline: z.array(z.object({ at: z.string(), kind: z.enum(TIMELINE_KINDS), id: z.string().uuid(), label: z.string() })),
  actors: z.array(ZActor),
});
export type TPathway = z.infer<typeof ZPathway>;

export const ZInboxItem = z.object({
  pathwayId: z.string().uuid(),
  candidateName: z.string(),
  certificationCode: z.string(),
  state: z.enum(PATHWAY_STATES),
  since: z.string(),
  dueAt: z.string().nullable(),
});
export const ZInbox = z.object({ toDeclare: z.array(ZInboxItem), juriesToSchedule: z.array(ZInboxItem), resultsToEnter: z.array(ZInboxItem) });

export const ZDeadlineSettings = z.object({ limits: ZDeadlineLimits, isDefault: z.boolean(), updatedAt: z.string().nullable() });

export const ZMyPathway = z.object({
  id: z.string().uuid(),
  certification: z.object({ code: z.string(), title: z.string() }),
  state: z.enum(PATHWAY_STATES),
  stateLabel: z.string(),
  cycle: z.number().int(),
  nextAction: z.object({ who: z.enum(['candidate', 'certificateur', 'accompagnateur']), text: z.string(), dueAt: z.string().nullable() }),
  blocs: z.array(z.object({ code: z.string(), label: z.string(), status: z.enum(['acquired', 'remaining']), lastResult: z.object({ validated: z.boolean(), preconisations: z.string().nullable(), juryDate: z.string() }).nullable() })),
  followedBy: z.array(z.object({ organisationName: z.string(), roleLabel: z.string(), personName: z.string().nullable() })),
  availableTransitions: z.array(z.object({ type: z.string(), label: z.string() })),
});
export type TMyPathway = z.infer<typeof ZMyPathway>;
