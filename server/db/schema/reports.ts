import { jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ReportStatus } from '../../../common/reports';

// Mirrors migrations/20261206T1300_yearly_reports.sql; the schema drift test compares the two.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const yearlyReports = pgTable('yearly_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  commanditaireId: uuid('commanditaire_id').notNull(),
  year: smallint('year').notNull(),
  groupementId: uuid('groupement_id'),
  organisationId: uuid('organisation_id'),
  status: text('status').$type<ReportStatus>().notNull().default('draft'),
  narrative: text('narrative').notNull().default(''),
  content: jsonb('content').$type<unknown>().notNull(),
  contentSha256: text('content_sha256'),
  createdByUserId: uuid('created_by_user_id'),
  signedByUserId: uuid('signed_by_user_id'),
  signedByName: text('signed_by_name'),
  signedAt: ts('signed_at'),
  sentByUserId: uuid('sent_by_user_id'),
  sentAt: ts('sent_at'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
