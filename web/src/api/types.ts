/**
 * Types of the server's JSON API, as the web app sees them. The enums come from `common/`, the
 * same lists the server validates with.
 */
import { ORGANISATION_KINDS, ROLES, USER_KINDS, type OrganisationKind, type Role, type UserKind } from '../../../common/organisations';

export const ORG_KINDS = ORGANISATION_KINDS;
export type OrgKind = OrganisationKind;
export { ROLES, USER_KINDS };
export type { Role, UserKind };

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
