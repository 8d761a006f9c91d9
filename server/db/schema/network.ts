import { date, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NetworkField, ReferralStatus, Visibility } from '../../../common/network';

// Mirrors migrations/20261124T1300_network.sql; the schema drift test compares the two.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const partnerEntries = pgTable('partner_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  stableKey: text('stable_key').notNull(),
  name: text('name').notNull(),
  fields: text('fields').array().$type<NetworkField[]>().notNull().default([]),
  visibility: text('visibility').$type<Visibility>().notNull().default('private'),
  departements: text('departements').array().notNull().default([]),
  address: text('address').notNull().default(''),
  website: text('website').notNull().default(''),
  notes: text('notes').notNull().default(''),
  lastCheckedAt: ts('last_checked_at').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const partnerContacts = pgTable('partner_contacts', {
  id: uuid('id').primaryKey().defaultRandom(),
  entryId: uuid('entry_id').notNull(),
  name: text('name').notNull(),
  jobTitle: text('job_title').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  hours: text('hours').notNull().default(''),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const partnerExchanges = pgTable('partner_exchanges', {
  id: uuid('id').primaryKey().defaultRandom(),
  entryId: uuid('entry_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  authorUserId: uuid('author_user_id'),
  occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
  summary: text('summary').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const referrals = pgTable('referrals', {
  id: uuid('id').primaryKey().defaultRandom(),
  pathwayId: uuid('pathway_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  planItemId: uuid('plan_item_id'),
  contactId: uuid('contact_id').notNull(),
  consentAt: ts('consent_at').notNull(),
  consentByUserId: uuid('consent_by_user_id'),
  sharedInformation: text('shared_information').notNull(),
  status: text('status').$type<ReferralStatus>().notNull().default('sent'),
  declineReason: text('decline_reason'),
  outcome: text('outcome'),
  mediationNotes: text('mediation_notes').notNull().default(''),
  tokenHash: text('token_hash'),
  expiresAt: ts('expires_at').notNull(),
  remindedAt: ts('reminded_at'),
  answeredAt: ts('answered_at'),
  createdByUserId: uuid('created_by_user_id'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const referralLinks = pgTable('referral_links', {
  tokenHash: text('token_hash').primaryKey(),
  referralId: uuid('referral_id').notNull(),
  purpose: text('purpose').$type<'answer' | 'outcome'>().notNull(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
  createdAt: ts('created_at').notNull(),
});

export interface MeetingParticipant {
  kind: 'contact' | 'organisation';
  id: string;
  name: string;
}
export interface MeetingDecision {
  text: string;
  followedBy: string;
}
export interface LibraryShare {
  sharedOn: string;
  withWhom: string;
}

export const networkMeetings = pgTable('network_meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  title: text('title').notNull(),
  heldAt: ts('held_at').notNull(),
  participants: jsonb('participants').$type<MeetingParticipant[]>().notNull().default([]),
  agenda: text('agenda').notNull().default(''),
  report: text('report').notNull().default(''),
  decisions: jsonb('decisions').$type<MeetingDecision[]>().notNull().default([]),
  createdByUserId: uuid('created_by_user_id'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const libraryItems = pgTable('library_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  title: text('title').notNull(),
  audience: text('audience').$type<'professionals' | 'public'>().notNull(),
  url: text('url').notNull().default(''),
  description: text('description').notNull().default(''),
  shares: jsonb('shares').$type<LibraryShare[]>().notNull().default([]),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
