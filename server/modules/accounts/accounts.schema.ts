import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES, USER_KINDS } from '../../../common/organisations';
import { ZPageQuery } from '../../lib/pagination';
import { ZEmail, ZMembership } from '../auth/auth.schema';

const ZName = z.string().trim().min(1).max(200);
const ZDepartementCode = z.string().regex(/^(\d{2}|2A|2B|97\d)$/, 'Code de département invalide');

export const ZOrganisation = z.object({
  id: z.string().uuid(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  siret: z.string().nullable(),
  departementCodes: z.array(z.string()),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const ZOrganisationCreate = z.strictObject({
  kind: z.enum(ORGANISATION_KINDS),
  name: ZName,
  siret: z.string().regex(/^\d{14}$/, 'Le SIRET compte 14 chiffres').nullable().optional(),
  departementCodes: z.array(ZDepartementCode).max(101).default([]),
});
export const ZOrganisationUpdate = z.strictObject({
  name: ZName.optional(),
  siret: z.string().regex(/^\d{14}$/, 'Le SIRET compte 14 chiffres').nullable().optional(),
  departementCodes: z.array(ZDepartementCode).max(101).optional(),
  disabled: z.boolean().optional(),
});
export const ZOrganisationListQuery = z.strictObject({
  ...ZPageQuery,
  q: z.string().trim().max(100).optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
});

export const ZUser = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  kind: z.enum(USER_KINDS),
  isPlatformAdmin: z.boolean(),
  disabled: z.boolean(),
  memberships: z.array(ZMembership),
  createdAt: z.string(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserCreate = z.strictObject({
  email: ZEmail,
  displayName: ZName,
  kind: z.enum(USER_KINDS),
  password: z.string().max(256).optional(),
});
export const ZUserUpdate = z.strictObject({ displayName: ZName.optional(), disabled: z.boolean().optional() });
export const ZUserListQuery = z.strictObject({ ...ZPageQuery, q: z.string().trim().max(100).optional(), kind: z.enum(USER_KINDS).optional() });

export const ZMembershipCreate = z.strictObject({ userId: z.string().uuid(), organisationId: z.string().uuid(), role: z.enum(ROLES) });

export const ZGroupement = z.object({
  id: z.string().uuid(),
  name: z.string(),
  commanditaireId: z.string().uuid().nullable(),
  memberIds: z.array(z.string().uuid()),
});
export const ZGroupementCreate = z.strictObject({
  name: ZName,
  commanditaireId: z.string().uuid().nullable().optional(),
  memberIds: z.array(z.string().uuid()).min(1).max(50),
});

export const ZApiTokenCreate = z.strictObject({ organisationId: z.string().uuid(), name: ZName, role: z.enum(ROLES) });
export const ZApiToken = z.object({
  id: z.string().uuid(),
  organisationId: z.string().uuid(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const ZIdParams = z.strictObject({ id: z.string().uuid() });
