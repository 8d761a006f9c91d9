/**
 * The closed list of audit event types. Adding a type is a deliberate change here, so the
 * audit trail stays a vocabulary an auditor can read, not free text.
 */
export const AUDIT_EVENT_TYPES = [
  'auth.login_succeeded',
  'auth.login_failed',
  'auth.logout',
  'auth.magic_link_requested',
  'auth.magic_link_used',
  'auth.password_reset_requested',
  'auth.password_changed',
  'organisation.created',
  'organisation.updated',
  'groupement.created',
  'groupement.updated',
  'user.created',
  'user.updated',
  'user.disabled',
  'user.enabled',
  'membership.added',
  'membership.removed',
  'api_token.created',
  'api_token.revoked',
  'zone.created',
  'sensitive_data.read',
  'database.restored',
  'certification.imported',
  'certification.enrichment_updated',
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];
