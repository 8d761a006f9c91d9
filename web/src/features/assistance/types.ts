/**
 * Types of the assistance renforcée API as the web app reads it, inferred from the server's zod
 * schemas (type-only imports: nothing of the server reaches the bundle).
 */
import type { z } from 'zod';
import type {
  ZAgreement,
  ZAgreementCreate,
  ZAssessment,
  ZAssessmentCreate,
  ZAssistance,
  ZAssistanceClose,
  ZAssistanceStart,
  ZCatalogue,
  ZCommitment,
  ZCommitmentCreate,
  ZComparison,
  ZCondition,
  ZPlanItem,
  ZPlanItemCreate,
  ZPlanItemUpdate,
  ZSensitiveWelcome,
  ZSuggestion,
  ZToHandleItem,
} from '../../../../server/modules/assistance/assistance.schema';

import type { Pathway } from '../pathways/types';

export type { Pathway };

export type Assistance = z.infer<typeof ZAssistance>;
export type Assessment = z.infer<typeof ZAssessment>;
export type Agreement = z.infer<typeof ZAgreement>;
export type Catalogue = z.infer<typeof ZCatalogue>;
export type Condition = z.infer<typeof ZCondition>;
export type Commitment = z.infer<typeof ZCommitment>;
export type Comparison = z.infer<typeof ZComparison>;
export type PlanItem = z.infer<typeof ZPlanItem>;
export type Suggestion = z.infer<typeof ZSuggestion>;
export type ToHandleItem = z.infer<typeof ZToHandleItem>;
export type SensitiveWelcome = z.infer<typeof ZSensitiveWelcome>;

/** Request bodies, as sent (before the server's defaults). */
export type AssistanceStartBody = z.input<typeof ZAssistanceStart>;
export type AssessmentCreateBody = z.input<typeof ZAssessmentCreate>;
export type PlanItemCreateBody = z.input<typeof ZPlanItemCreate>;
export type PlanItemUpdateBody = z.input<typeof ZPlanItemUpdate>;
export type AgreementCreateBody = z.input<typeof ZAgreementCreate>;
export type CommitmentCreateBody = z.input<typeof ZCommitmentCreate>;
export type AssistanceCloseBody = z.input<typeof ZAssistanceClose>;

/** `GET /api/assistances/:id/suggestions` and `GET /api/assistance/to-handle`. */
export interface SuggestionList {
  items: Suggestion[];
}
export interface ToHandleList {
  items: ToHandleItem[];
}

/** A pathway actor that can carry a support ("another actor"). */
export type PathwayActor = Pathway['actors'][number];
