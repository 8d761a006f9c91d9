import { z } from 'zod';
import { COMPLAINT_STATUSES, COMPLAINT_SUBJECT_MAX, COMPLAINT_TEXT_MAX, SATISFACTION_CONTEXTS, SATISFACTION_REQUEST_STATUSES } from '../../../common/satisfaction';

const text = (max: number) => z.string().trim().max(max);

export const ZIdParams = z.strictObject({ id: z.string().uuid() });
export const ZTokenParams = z.strictObject({ token: z.string().min(20).max(100) });
export const ZOrganisationQuery = z.strictObject({ organisationId: z.string().uuid() });

// --- questionnaires -------------------------------------------------------------------------
export const ZSendQuestionnaire = z.strictObject({ context: z.enum(SATISFACTION_CONTEXTS).default('accompaniment') });

export const ZSatisfactionRequest = z.object({
  id: z.string().uuid(),
  pathwayId: z.string().uuid(),
  candidateName: z.string(),
  context: z.enum(SATISFACTION_CONTEXTS),
  status: z.enum(SATISFACTION_REQUEST_STATUSES),
  expired: z.boolean(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type TSatisfactionRequest = z.infer<typeof ZSatisfactionRequest>;

const ZQuestion = z.object({ id: z.string(), kind: z.enum(['scale', 'yes_no', 'text']), label: z.string(), hint: z.string().nullable(), required: z.boolean() });
export const ZQuestionnaireView = z.object({
  structureName: z.string(),
  context: z.enum(SATISFACTION_CONTEXTS),
  version: z.number().int(),
  questions: z.array(ZQuestion),
  expiresAt: z.string(),
});

const ZComplaintText = { subject: text(COMPLAINT_SUBJECT_MAX).min(1, 'Indiquez l’objet de la réclamation.'), body: text(COMPLAINT_TEXT_MAX).min(1, 'Décrivez ce qui s’est passé.') };

/** Answers by question id: a score (1–5), yes/no, or a comment; checked against the questionnaire. */
export const ZQuestionnaireAnswer = z.strictObject({
  answers: z.record(z.string().max(40), z.union([z.number().int(), z.boolean(), z.string().trim().max(4000)])),
  complaint: z.strictObject(ZComplaintText).optional(),
});
export type TQuestionnaireAnswer = z.infer<typeof ZQuestionnaireAnswer>;
export const ZQuestionnaireAnswered = z.object({ answeredAt: z.string(), complaintId: z.string().uuid().nullable() });

export const ZSummaryQuery = z
  .strictObject({ organisationId: z.string().uuid(), from: z.iso.date(), to: z.iso.date() })
  .refine((q) => q.from <= q.to, { message: 'La fin de la période précède son début.', path: ['to'] });

const ZQuestionSummary = z.object({
  questionId: z.string(),
  label: z.string(),
  kind: z.enum(['scale', 'yes_no', 'text']),
  count: z.number().int(),
  /** Null when masked (fewer answers than the threshold, seen from outside the structure) or not a scale. */
  mean: z.number().nullable(),
  /** Counts per value ('1'..'5', or 'yes'/'no'); null when masked or for comments. */
  distribution: z.record(z.string(), z.number().int()).nullable(),
  masked: z.boolean(),
});
export const ZSatisfactionSummary = z.object({
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  from: z.string(),
  to: z.string(),
  version: z.number().int(),
  sent: z.number().int(),
  answered: z.number().int(),
  /** answered / sent, between 0 and 1; null when nothing was sent. */
  responseRate: z.number().nullable(),
  insider: z.boolean(),
  maskThreshold: z.number().int(),
  questions: z.array(ZQuestionSummary),
  /** Free comments, without who wrote them: only for the structure's own people. */
  comments: z.array(z.object({ answeredAt: z.string(), text: z.string() })).nullable(),
});
export type TSatisfactionSummary = z.infer<typeof ZSatisfactionSummary>;

// --- complaints -----------------------------------------------------------------------------
export const ZComplaintCreate = z.strictObject({
  ...ZComplaintText,
  pathwayId: z.string().uuid().optional(),
  organisationId: z.string().uuid().optional(),
});
export type TComplaintCreate = z.infer<typeof ZComplaintCreate>;
export const ZComplaintAnswerInput = z.strictObject({ answer: text(COMPLAINT_TEXT_MAX).min(1, 'Écrivez la réponse apportée.') });
export const ZComplaintNote = z.strictObject({ note: text(2000).optional() });

export const ZComplaint = z.object({
  id: z.string().uuid(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  pathwayId: z.string().uuid().nullable(),
  candidateName: z.string(),
  answer: z.string().nullable(),
  receivedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  ageDays: z.number().int(),
  history: z.array(z.object({ status: z.enum(COMPLAINT_STATUSES), at: z.string(), note: z.string().nullable() })),
});
export type TComplaint = z.infer<typeof ZComplaint>;

export const ZComplaintTargets = z.object({
  pathways: z.array(z.object({ id: z.string().uuid(), label: z.string(), organisations: z.array(z.object({ id: z.string().uuid(), name: z.string() })) })),
  organisations: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
});
