import { boolean, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ComplaintStatus, SatisfactionContext, SatisfactionRequestStatus } from '../../../common/satisfaction';

// Mirrors migrations/20261206T0900_satisfaction.sql; the schema drift test compares the two.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const satisfactionRequests = pgTable('satisfaction_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  pathwayId: uuid('pathway_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  context: text('context').$type<SatisfactionContext>().notNull(),
  assistanceId: uuid('assistance_id').unique(),
  questionnaireVersion: integer('questionnaire_version').notNull(),
  status: text('status').$type<SatisfactionRequestStatus>().notNull().default('queued'),
  tokenHash: text('token_hash').unique(),
  sentTo: text('sent_to'),
  sentAt: ts('sent_at'),
  expiresAt: ts('expires_at'),
  answeredAt: ts('answered_at'),
  requestedByUserId: uuid('requested_by_user_id'),
  createdAt: ts('created_at').notNull(),
});

export const satisfactionAnswers = pgTable(
  'satisfaction_answers',
  {
    requestId: uuid('request_id').notNull(),
    questionId: text('question_id').notNull(),
    questionnaireVersion: integer('questionnaire_version').notNull(),
    score: integer('score'),
    choice: boolean('choice'),
    comment: text('comment'),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.questionId] })],
);

export const complaints = pgTable('complaints', {
  id: uuid('id').primaryKey().defaultRandom(),
  candidateId: uuid('candidate_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  pathwayId: uuid('pathway_id'),
  satisfactionRequestId: uuid('satisfaction_request_id'),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  status: text('status').$type<ComplaintStatus>().notNull().default('received'),
  answer: text('answer'),
  receivedAt: ts('received_at').notNull(),
  acknowledgedAt: ts('acknowledged_at'),
  answeredAt: ts('answered_at'),
  closedAt: ts('closed_at'),
  updatedAt: ts('updated_at').notNull(),
});

export const complaintEvents = pgTable('complaint_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  complaintId: uuid('complaint_id').notNull(),
  status: text('status').$type<ComplaintStatus>().notNull(),
  note: text('note'),
  byUserId: uuid('by_user_id'),
  at: ts('at').notNull(),
});
