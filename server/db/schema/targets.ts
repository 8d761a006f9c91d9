import { bigint, bigserial, date, integer, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TargetService } from '../../../common/targets';

// Mirrors migrations/20261206T1100_targets.sql; the schema drift test compares the two.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const targetAgreements = pgTable('target_agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  commanditaireId: uuid('commanditaire_id').notNull(),
  year: smallint('year').notNull(),
  groupementId: uuid('groupement_id'),
  organisationId: uuid('organisation_id'),
  title: text('title').notNull(),
  alertMarginPct: smallint('alert_margin_pct').notNull().default(10),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const targetLines = pgTable('target_lines', {
  id: uuid('id').primaryKey().defaultRandom(),
  agreementId: uuid('agreement_id').notNull(),
  service: text('service').$type<TargetService>().notNull(),
  departementCode: text('departement_code'),
  zoneId: uuid('zone_id'),
  quantity: integer('quantity').notNull(),
  budgetCents: bigint('budget_cents', { mode: 'number' }).notNull(),
  position: smallint('position').notNull(),
});

export const targetLineMonths = pgTable(
  'target_line_months',
  { lineId: uuid('line_id').notNull(), month: smallint('month').notNull(), quantity: integer('quantity').notNull() },
  (t) => [primaryKey({ columns: [t.lineId, t.month] })],
);

export const targetLineShares = pgTable(
  'target_line_shares',
  { lineId: uuid('line_id').notNull(), organisationId: uuid('organisation_id').notNull(), quantity: integer('quantity').notNull() },
  (t) => [primaryKey({ columns: [t.lineId, t.organisationId] })],
);

export const professionalTrainingDays = pgTable('professional_training_days', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  userId: uuid('user_id').notNull(),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  days: numeric('days', { precision: 3, scale: 1 }).notNull(),
  title: text('title').notNull(),
  createdByUserId: uuid('created_by_user_id'),
  createdAt: ts('created_at').notNull(),
});

export const dashboardFacts = pgTable('dashboard_facts', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  metric: text('metric').notNull(),
  key: text('key').notNull(),
  sourceId: uuid('source_id').notNull(),
  pathwayId: uuid('pathway_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  departementCode: text('departement_code').notNull().default(''),
  referentUserId: uuid('referent_user_id').notNull(),
  occurredAt: ts('occurred_at').notNull(),
  seconds: bigint('seconds', { mode: 'number' }).notNull().default(0),
});

export const dashboardMonthlyCounts = pgTable(
  'dashboard_monthly_counts',
  {
    organisationId: uuid('organisation_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    metric: text('metric').notNull(),
    key: text('key').notNull(),
    departementCode: text('departement_code').notNull(),
    referentUserId: uuid('referent_user_id').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
    seconds: bigint('seconds', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.metric, t.month, t.key, t.departementCode, t.referentUserId] })],
);

/** The same counts without the référent, per calendar year, months in an array (migration 20261207T0900). */
export const dashboardYearlyCounts = pgTable(
  'dashboard_yearly_counts',
  {
    organisationId: uuid('organisation_id').notNull(),
    metric: text('metric').notNull(),
    year: integer('year').notNull(),
    departementCode: text('departement_code').notNull(),
    key: text('key').notNull(),
    months: bigint('months', { mode: 'number' }).array().notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
    seconds: bigint('seconds', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.metric, t.year, t.departementCode, t.key] })],
);
