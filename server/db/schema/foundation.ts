import { bigserial, boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuditEventType } from '../../../common/audit-events';
import type { OrganisationKind, Role, UserKind } from '../../../common/organisations';

// Mirrors migrations/20261123T1600_foundation.sql; the schema drift test compares the two.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  importedAt: ts('imported_at'),
});

export const departements = pgTable('departements', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  importedAt: ts('imported_at'),
});

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').$type<OrganisationKind>().notNull(),
  name: text('name').notNull(),
  siret: text('siret'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const organisationDepartements = pgTable(
  'organisation_departements',
  {
    organisationId: uuid('organisation_id').notNull(),
    departementCode: text('departement_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.departementCode] })],
);

export const zones = pgTable('zones', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind').notNull().default('custom'),
  ownerOrganisationId: uuid('owner_organisation_id'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const zoneDepartements = pgTable(
  'zone_departements',
  {
    zoneId: uuid('zone_id').notNull(),
    departementCode: text('departement_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.departementCode] })],
);

export const groupements = pgTable('groupements', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  commanditaireId: uuid('commanditaire_id'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const groupementMembers = pgTable(
  'groupement_members',
  {
    groupementId: uuid('groupement_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupementId, t.organisationId] })],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  displayName: text('display_name').notNull(),
  kind: text('kind').$type<UserKind>().notNull(),
  passwordHash: text('password_hash'),
  isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
  disabledAt: ts('disabled_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const memberships = pgTable('memberships', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  role: text('role').$type<Role>().notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: ts('created_at').notNull(),
  lastSeenAt: ts('last_seen_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  revokedAt: ts('revoked_at'),
});

export const authTokens = pgTable('auth_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').$type<'magic_link' | 'password_reset'>().notNull(),
  tokenHash: text('token_hash').notNull(),
  userId: uuid('user_id').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  name: text('name').notNull(),
  role: text('role').$type<Role>().notNull(),
  tokenHash: text('token_hash').notNull(),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
});

export const auditEvents = pgTable('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  occurredAt: ts('occurred_at').notNull(),
  actorUserId: uuid('actor_user_id'),
  actorOrganisationId: uuid('actor_organisation_id'),
  eventType: text('event_type').$type<AuditEventType>().notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
});

export const jobs = pgTable('jobs', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  name: text('name').notNull(),
  payload: jsonb('payload').$type<unknown>().notNull().default({}),
  status: text('status').$type<'pending' | 'running' | 'done' | 'failed'>().notNull().default('pending'),
  runAt: ts('run_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
  maxAttempts: integer('max_attempts').notNull().default(5),
  idempotencyKey: text('idempotency_key'),
  lastError: text('last_error'),
  lockedAt: ts('locked_at'),
  createdAt: ts('created_at').notNull(),
  finishedAt: ts('finished_at'),
});

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** base64 */
  content: string;
}

export const emails = pgTable('emails', {
  id: uuid('id').primaryKey().defaultRandom(),
  recipients: text('recipients').array().notNull(),
  subject: text('subject').notNull(),
  bodyText: text('body_text').notNull(),
  bodyHtml: text('body_html'),
  attachments: jsonb('attachments').$type<EmailAttachment[]>().notNull().default([]),
  status: text('status').$type<'queued' | 'sent' | 'stored' | 'failed'>().notNull().default('queued'),
  error: text('error'),
  messageId: text('message_id'),
  createdAt: ts('created_at').notNull(),
  sentAt: ts('sent_at'),
});
