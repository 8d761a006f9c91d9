import { z } from 'zod';
import { CANDIDATE_SITUATIONS, EXPERIENCE_KINDS } from '../../../common/candidates';
import { ZPageQuery } from '../../lib/pagination';
import { ZEmail } from '../auth/auth.schema';

const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZOptionalText = (max: number) => z.string().trim().max(max).nullable().optional();
export const ZDepartementCode = z.string().regex(/^(\d{2}|2A|2B|97\d)$/, 'Code de département invalide');

export const ZExperienceInput = z
  .strictObject({
    structure: ZText(200),
    role: ZText(200),
    startDate: z.iso.date(),
    endDate: z.iso.date().nullable().optional(),
    kind: z.enum(EXPERIENCE_KINDS),
    activities: z.string().trim().max(5000).default(''),
    blocIds: z.array(z.string().uuid()).max(50).default([]),
  })
  .refine((e) => !e.endDate || e.endDate >= e.startDate, { message: 'La date de fin précède la date de début.', path: ['endDate'] });

export const ZDiplomaInput = z.strictObject({
  title: ZText(300),
  level: z.number().int().min(1).max(8).nullable().optional(),
  year: z.number().int().min(1950).max(2100).nullable().optional(),
  rncpCode: z.string().trim().regex(/^RNCP\d+$/, 'Code RNCP attendu (RNCP + chiffres)').nullable().optional(),
});

export const ZSensitiveInput = z.strictObject({
  hasHandicap: z.boolean().default(false),
  accommodationNeeds: ZOptionalText(5000),
  health: ZOptionalText(5000),
});

const identity = {
  firstName: ZText(100),
  lastName: ZText(100),
  birthDate: z.iso.date().nullable().optional(),
  email: ZEmail.nullable().optional(),
  phone: z.string().trim().regex(/^[+0-9 .-]{6,20}$/, 'Numéro de téléphone invalide').nullable().optional(),
  address: ZOptionalText(300),
  postalCode: z.string().trim().regex(/^\d{5}$/, 'Code postal à 5 chiffres').nullable().optional(),
  city: ZOptionalText(100),
  situation: z.enum(CANDIDATE_SITUATIONS),
  departementCode: ZDepartementCode.nullable().optional(),
};

export const ZCandidateCreate = z
  .strictObject({
    /** The organisation the professional acts for; it owns the file. */
    organisationId: z.string().uuid(),
    ...identity,
    /** Creates the candidate's own account (sign-in by magic link) with the email above. */
    createAccount: z.boolean().default(false),
    experiences: z.array(ZExperienceInput).max(100).default([]),
    diplomas: z.array(ZDiplomaInput).max(50).default([]),
    sensitive: ZSensitiveInput.optional(),
  })
  .refine((c) => !c.createAccount || !!c.email, { message: 'Une adresse électronique est nécessaire pour créer le compte.', path: ['email'] });
export type TCandidateCreate = z.infer<typeof ZCandidateCreate>;

export const ZCandidateUpdate = z.strictObject({
  firstName: identity.firstName.optional(),
  lastName: identity.lastName.optional(),
  birthDate: identity.birthDate,
  email: identity.email,
  phone: identity.phone,
  address: identity.address,
  postalCode: identity.postalCode,
  city: identity.city,
  situation: identity.situation.optional(),
  departementCode: identity.departementCode,
  experiences: z.array(ZExperienceInput).max(100).optional(),
  diplomas: z.array(ZDiplomaInput).max(50).optional(),
  sensitive: ZSensitiveInput.optional(),
});
export type TCandidateUpdate = z.infer<typeof ZCandidateUpdate>;

export const ZExperience = z.object({
  id: z.string().uuid(),
  structure: z.string(),
  role: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  kind: z.enum(EXPERIENCE_KINDS),
  activities: z.string(),
  blocIds: z.array(z.string().uuid()),
});
export const ZDiploma = z.object({
  id: z.string().uuid(),
  title: z.string(),
  level: z.number().int().nullable(),
  year: z.number().int().nullable(),
  rncpCode: z.string().nullable(),
});
export const ZSensitive = z.object({
  hasHandicap: z.boolean(),
  accommodationNeeds: z.string().nullable(),
  health: z.string().nullable(),
  updatedAt: z.string(),
});
export type TSensitive = z.infer<typeof ZSensitive>;

export const ZCandidate = z.object({
  id: z.string().uuid(),
  userId: z.string().uuid().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  situation: z.enum(CANDIDATE_SITUATIONS),
  departementCode: z.string().nullable(),
  createdByOrganisationId: z.string().uuid(),
  experiences: z.array(ZExperience),
  diplomas: z.array(ZDiploma),
  /** The sensitive part is read apart (GET …/sensitive), audited. */
  hasSensitiveData: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TCandidate = z.infer<typeof ZCandidate>;

export const ZCandidateListQuery = z.strictObject({
  ...ZPageQuery,
  /** Part of the name (either order) or of the email. */
  q: z.string().trim().min(1).max(100).optional(),
  departementCode: ZDepartementCode.optional(),
});
export type TCandidateListQuery = z.infer<typeof ZCandidateListQuery>;

export const ZCandidateSummary = z.object({
  id: z.string().uuid(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  departementCode: z.string().nullable(),
  hasAccount: z.boolean(),
});
export type TCandidateSummary = z.infer<typeof ZCandidateSummary>;
