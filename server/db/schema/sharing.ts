import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ShareScope } from '../../../common/sharing';

// Mirrors migrations/20261206T1000_sharing.sql; the schema drift test compares the two.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const shareGrants = pgTable('share_grants', {
  id: uuid('id').primaryKey().defaultRandom(),
  pathwayId: uuid('pathway_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  scopes: text('scopes').array().$type<ShareScope[]>().notNull(),
  grantedByUserId: uuid('granted_by_user_id'),
  grantedAt: ts('granted_at').notNull(),
  withdrawnAt: ts('withdrawn_at'),
  withdrawnByUserId: uuid('withdrawn_by_user_id'),
});
