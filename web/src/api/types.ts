/**
 * Types of the server's JSON API, as the web app sees them.
 * The enums will move to `common/` later; keep the lists in the same order as the server's.
 */

export const ORG_KINDS = [
  'commanditaire',
  'counselling_structure',
  'accompaniment_organisation',
  'certificateur',
  'funder',
  'partner',
  'school',
  'resource_centre',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ROLES = [
  'referent',
  'accompagnateur',
  'conseiller',
  'certificateur_agent',
  'director',
  'funder_analyst',
  'school_staff',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const USER_KINDS = ['professional', 'candidate'] as const;
export type UserKind = (typeof USER_KINDS)[number];

export interface Membership {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrgKind;
  role: Role;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  kind: UserKind;
  isPlatformAdmin: boolean;
  memberships: Membership[];
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Region {
  code: string;
  name: string;
}

export interface Departement {
  code: string;
  name: string;
  regionCode: string;
}

export interface Territories {
  regions: Region[];
  departements: Departement[];
}

export interface Organisation {
  id: string;
  kind: OrgKind;
  name: string;
  siret: string | null;
  departementCodes: string[];
  disabled: boolean;
  createdAt: string;
}

export interface Groupement {
  id: string;
  name: string;
  commanditaireId: string | null;
  memberIds: string[];
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  kind: UserKind;
  isPlatformAdmin: boolean;
  disabled: boolean;
  memberships: Membership[];
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  organisationId: string | null;
  eventType: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
}

export const MAIL_STATUSES = ['queued', 'sent', 'stored', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export interface MailSummary {
  id: string;
  to: string[];
  subject: string;
  status: MailStatus;
  createdAt: string;
  sentAt: string | null;
}

export interface MailMessage extends MailSummary {
  text: string;
  html: string | null;
  error: string | null;
}
