import { customType, date, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AssistanceClosureReason, AssistancePhase, CarrierKind, ConditionStatus, Importance, PlanItemStatus, ProposerKind, SupportNature } from '../../../common/assistance';

// Mirrors migrations/20261124T1000_assistance.sql; the schema drift test compares the two.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export interface EligibilityCheck {
  code: string;
  label: string;
  met: boolean;
}
export interface PlanItemReason {
  conditionCode: string;
  status: ConditionStatus;
  importance: Importance;
}

export const assistances = pgTable('assistances', {
  id: uuid('id').primaryKey().defaultRandom(),
  pathwayId: uuid('pathway_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  referentUserId: uuid('referent_user_id'),
  proposerKind: text('proposer_kind').$type<ProposerKind>().notNull(),
  proposerOrganisationId: uuid('proposer_organisation_id'),
  startPhase: text('start_phase').$type<AssistancePhase>().notNull(),
  eligibility: jsonb('eligibility').$type<EligibilityCheck[]>().notNull().default([]),
  welcomeProject: text('welcome_project').notNull().default(''),
  needIndicators: text('need_indicators').array().notNull().default([]),
  status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
  startedAt: ts('started_at').notNull(),
  closedAt: ts('closed_at'),
  closureReason: text('closure_reason').$type<AssistanceClosureReason>(),
  closureOutcome: text('closure_outcome'),
  candidateLastWord: text('candidate_last_word'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const assistanceSensitiveNotes = pgTable('assistance_sensitive_notes', {
  assistanceId: uuid('assistance_id').primaryKey(),
  welcomeSituation: text('welcome_situation').notNull().default(''),
  welcomeObstacles: text('welcome_obstacles').notNull().default(''),
  updatedAt: ts('updated_at').notNull(),
});

export const assistanceEligibilityCriteria = pgTable('assistance_eligibility_criteria', {
  id: uuid('id').primaryKey().defaultRandom(),
  commanditaireId: uuid('commanditaire_id').notNull(),
  code: text('code').notNull(),
  label: text('label').notNull(),
  position: smallint('position').notNull(),
});

export const conditionImportanceOverrides = pgTable(
  'condition_importance_overrides',
  {
    organisationId: uuid('organisation_id').notNull(),
    conditionCode: text('condition_code').notNull(),
    importance: text('importance').$type<Importance>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.conditionCode] })],
);

export const assessments = pgTable('assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  assistanceId: uuid('assistance_id').notNull(),
  phase: text('phase').$type<AssistancePhase>().notNull(),
  assessedAt: ts('assessed_at').notNull(),
  assessedByUserId: uuid('assessed_by_user_id'),
  summary: text('summary').notNull().default(''),
});

export const assessmentItems = pgTable(
  'assessment_items',
  {
    assessmentId: uuid('assessment_id').notNull(),
    conditionCode: text('condition_code').notNull(),
    status: text('status').$type<ConditionStatus>().notNull(),
    importance: text('importance').$type<Importance>().notNull(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.conditionCode] })],
);

export const assessmentSensitiveNotes = pgTable('assessment_sensitive_notes', {
  assessmentId: uuid('assessment_id').primaryKey(),
  notes: text('notes').notNull(),
});

export const customSupports = pgTable('custom_supports', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  wording: text('wording').notNull(),
  nature: text('nature').$type<SupportNature>().notNull(),
  phases: text('phases').array().$type<AssistancePhase[]>().notNull(),
  createdAt: ts('created_at').notNull(),
});

export const planItems = pgTable('plan_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  assistanceId: uuid('assistance_id').notNull(),
  supportCode: text('support_code'),
  customSupportId: uuid('custom_support_id'),
  wording: text('wording').notNull(),
  nature: text('nature').$type<SupportNature>().notNull(),
  phase: text('phase').$type<AssistancePhase>().notNull(),
  carrierKind: text('carrier_kind').$type<CarrierKind>().notNull(),
  carrierOrganisationId: uuid('carrier_organisation_id'),
  dueOn: day('due_on'),
  status: text('status').$type<PlanItemStatus>().notNull().default('planned'),
  reasons: jsonb('reasons').$type<PlanItemReason[]>().notNull().default([]),
  feedback: text('feedback').notNull().default(''),
  effect: text('effect').notNull().default(''),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const agreements = pgTable('agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  assistanceId: uuid('assistance_id').notNull(),
  version: integer('version').notNull(),
  content: jsonb('content').$type<Record<string, unknown>>().notNull(),
  pdf: bytea('pdf').notNull(),
  sha256: text('sha256').notNull(),
  nextAppointmentAt: ts('next_appointment_at').notNull(),
  createdAt: ts('created_at').notNull(),
  createdByUserId: uuid('created_by_user_id'),
  acceptedAt: ts('accepted_at'),
  acceptedVia: text('accepted_via').$type<'account' | 'on_screen'>(),
  acceptedByUserId: uuid('accepted_by_user_id'),
  acceptedSignatureName: text('accepted_signature_name'),
  acceptedSha256: text('accepted_sha256'),
});

export const commitments = pgTable('commitments', {
  id: uuid('id').primaryKey().defaultRandom(),
  assistanceId: uuid('assistance_id').notNull(),
  label: text('label').notNull(),
  dueOn: day('due_on').notNull(),
  status: text('status').$type<'open' | 'met' | 'dropped'>().notNull().default('open'),
  metAt: ts('met_at'),
  remindedAt: ts('reminded_at'),
  createdAt: ts('created_at').notNull(),
});

