import { boolean, customType, date, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { CandidateSituation, DocumentKind, ExperienceKind, FundingRoute, PathwayActorKind } from '../../../common/candidates';
import type { ClosureReason, JuryAttendance, JuryOverall, PathwayState } from '../../../common/pathway';

// Mirrors migrations/20261123T1900_pathways.sql; the schema drift test compares the two.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

/** PGlite returns bytea as Uint8Array, node-postgres as Buffer (a Uint8Array too). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const candidates = pgTable('candidates', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').unique(),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  birthDate: day('birth_date'),
  email: text('email'),
  phone: text('phone'),
  address: text('address'),
  postalCode: text('postal_code'),
  city: text('city'),
  situation: text('situation').$type<CandidateSituation>().notNull(),
  departementCode: text('departement_code'),
  createdByOrganisationId: uuid('created_by_organisation_id').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const candidateExperiences = pgTable('candidate_experiences', {
  id: uuid('id').primaryKey().defaultRandom(),
  candidateId: uuid('candidate_id').notNull(),
  structure: text('structure').notNull(),
  role: text('role').notNull(),
  startDate: day('start_date').notNull(),
  endDate: day('end_date'),
  kind: text('kind').$type<ExperienceKind>().notNull(),
  activities: text('activities').notNull().default(''),
  blocIds: uuid('bloc_ids').array().notNull().default([]),
  position: smallint('position').notNull(),
});

export const candidateDiplomas = pgTable('candidate_diplomas', {
  id: uuid('id').primaryKey().defaultRandom(),
  candidateId: uuid('candidate_id').notNull(),
  title: text('title').notNull(),
  level: smallint('level'),
  year: smallint('year'),
  rncpCode: text('rncp_code'),
  position: smallint('position').notNull(),
});

export const candidateSensitive = pgTable('candidate_sensitive', {
  candidateId: uuid('candidate_id').primaryKey(),
  hasHandicap: boolean('has_handicap').notNull().default(false),
  accommodationNeeds: text('accommodation_needs'),
  health: text('health'),
  updatedAt: ts('updated_at').notNull(),
});

export const pathways = pgTable('pathways', {
  id: uuid('id').primaryKey().defaultRandom(),
  candidateId: uuid('candidate_id').notNull(),
  certificationId: uuid('certification_id').notNull(),
  state: text('state').$type<PathwayState>().notNull(),
  cycle: integer('cycle').notNull().default(1),
  lastJuryOverall: text('last_jury_overall').$type<JuryOverall>(),
  startedAt: ts('started_at').notNull(),
  closedAt: ts('closed_at'),
  closureReason: text('closure_reason').$type<ClosureReason>(),
  closureDetails: text('closure_details'),
  fundingRoute: text('funding_route').$type<FundingRoute>().notNull(),
  documentsLanguage: text('documents_language').notNull().default('fr'),
  lastContactAt: ts('last_contact_at').notNull(),
  faisabiliteFiledAt: ts('faisabilite_filed_at'),
  recevabiliteDecidedAt: ts('recevabilite_decided_at'),
  accompanimentRequestedAt: ts('accompaniment_requested_at'),
  accompanimentAnsweredAt: ts('accompaniment_answered_at'),
  assistanceStartedAt: ts('assistance_started_at'),
  assistanceEndedAt: ts('assistance_ended_at'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const pathwayBlocs = pgTable(
  'pathway_blocs',
  {
    pathwayId: uuid('pathway_id').notNull(),
    blocId: uuid('bloc_id').notNull(),
    acquiredAt: ts('acquired_at'),
    acquiredCycle: integer('acquired_cycle'),
  },
  (t) => [primaryKey({ columns: [t.pathwayId, t.blocId] })],
);

export const pathwayActors = pgTable(
  'pathway_actors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pathwayId: uuid('pathway_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    userId: uuid('user_id'),
    role: text('role').$type<PathwayActorKind>().notNull(),
    createdAt: ts('created_at').notNull(),
    /** Copied from the pathway by triggers (migration 20261124T1100), for the lists' order. */
    pathwayUpdatedAt: ts('pathway_updated_at').notNull().defaultNow(),
  },
  (t) => [unique().on(t.pathwayId, t.organisationId, t.role)],
);

export const pathwayTransitions = pgTable('pathway_transitions', {
  id: uuid('id').primaryKey().defaultRandom(),
  pathwayId: uuid('pathway_id').notNull(),
  type: text('type').notNull(),
  fromState: text('from_state').$type<PathwayState>().notNull(),
  toState: text('to_state').$type<PathwayState>().notNull(),
  cycle: integer('cycle').notNull(),
  actorUserId: uuid('actor_user_id'),
  actorOrganisationId: uuid('actor_organisation_id'),
  actorRole: text('actor_role').notNull(),
  at: ts('at').notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
});

export const jurySessions = pgTable('jury_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  pathwayId: uuid('pathway_id').notNull(),
  cycle: integer('cycle').notNull(),
  scheduledAt: ts('scheduled_at').notNull(),
  place: text('place').notNull(),
  format: text('format').$type<'presentiel' | 'distanciel'>().notNull(),
  convocationSent: boolean('convocation_sent').notNull().default(false),
  attendance: text('attendance').$type<JuryAttendance>(),
  overall: text('overall').$type<JuryOverall>(),
  resultEnteredAt: ts('result_entered_at'),
  createdAt: ts('created_at').notNull(),
});

export const juryBlocResults = pgTable(
  'jury_bloc_results',
  {
    sessionId: uuid('session_id').notNull(),
    blocId: uuid('bloc_id').notNull(),
    validated: boolean('validated').notNull(),
    preconisations: text('preconisations'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.blocId] })],
);

export const documents = pgTable('documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  pathwayId: uuid('pathway_id').notNull(),
  kind: text('kind').$type<DocumentKind>().notNull(),
  storageName: text('storage_name').notNull().unique(),
  originalName: text('original_name').notNull(),
  mimeType: text('mime_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by'),
  uploadedByOrganisationId: uuid('uploaded_by_organisation_id'),
  uploadedAt: ts('uploaded_at').notNull(),
  replacedBy: uuid('replaced_by'),
});

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
  updatedAt: ts('updated_at').notNull(),
  updatedBy: uuid('updated_by'),
});
