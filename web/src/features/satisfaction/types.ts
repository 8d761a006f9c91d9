import type { ComplaintStatus, SatisfactionContext, SatisfactionQuestionKind, SatisfactionRequestStatus } from '../../../../common/satisfaction';

/** What the server answers (see server/modules/satisfaction/satisfaction.schema.ts). */
export interface QuestionnaireView {
  structureName: string;
  context: SatisfactionContext;
  version: number;
  questions: { id: string; kind: SatisfactionQuestionKind; label: string; hint: string | null; required: boolean }[];
  expiresAt: string;
}

export interface SatisfactionRequest {
  id: string;
  pathwayId: string;
  candidateName: string;
  context: SatisfactionContext;
  status: SatisfactionRequestStatus;
  expired: boolean;
  createdAt: string;
  sentAt: string | null;
  expiresAt: string | null;
  answeredAt: string | null;
}

export interface QuestionSummary {
  questionId: string;
  label: string;
  kind: SatisfactionQuestionKind;
  count: number;
  mean: number | null;
  distribution: Record<string, number> | null;
  masked: boolean;
}

export interface SatisfactionSummary {
  organisationId: string;
  organisationName: string;
  from: string;
  to: string;
  version: number;
  sent: number;
  answered: number;
  responseRate: number | null;
  insider: boolean;
  maskThreshold: number;
  questions: QuestionSummary[];
  comments: { answeredAt: string; text: string }[] | null;
}

export interface Complaint {
  id: string;
  subject: string;
  body: string;
  status: ComplaintStatus;
  organisationId: string;
  organisationName: string;
  pathwayId: string | null;
  candidateName: string;
  answer: string | null;
  receivedAt: string;
  acknowledgedAt: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  ageDays: number;
  history: { status: ComplaintStatus; at: string; note: string | null }[];
}

export interface ComplaintTargets {
  pathways: { id: string; label: string; organisations: { id: string; name: string }[] }[];
  organisations: { id: string; name: string }[];
}
