import { z } from 'zod';
import { NETWORK_FIELDS, REFERRAL_STATUSES, VISIBILITIES } from '../../../common/network';

const text = (max: number) => z.string().trim().max(max);
const ZDepartement = z.string().regex(/^(\d{2}|2A|2B|\d{3})$/, 'Code de département invalide');

export const ZIdParams = z.strictObject({ id: z.string().uuid() });
export const ZTokenParams = z.strictObject({ token: z.string().min(20).max(100) });
export const ZOrganisationQuery = z.strictObject({ organisationId: z.string().uuid() });

export const ZContactInput = z.strictObject({
  name: text(200).min(1),
  jobTitle: text(200).default(''),
  phone: text(40).default(''),
  email: z.union([z.literal(''), z.string().trim().email().max(254)]).default(''),
  hours: text(300).default(''),
});
export type TContactInput = z.infer<typeof ZContactInput>;
export const ZContactUpdate = z.strictObject({
  name: text(200).min(1).optional(),
  jobTitle: text(200).optional(),
  phone: text(40).optional(),
  email: z.union([z.literal(''), z.string().trim().email().max(254)]).optional(),
  hours: text(300).optional(),
});

export const ZEntryFields = z.strictObject({
  name: text(200).min(1),
  fields: z.array(z.enum(NETWORK_FIELDS)).min(1).max(NETWORK_FIELDS.length),
  visibility: z.enum(VISIBILITIES).default('private'),
  departements: z.array(ZDepartement).max(120).default([]),
  address: text(500).default(''),
  website: text(300).default(''),
  notes: text(5000).default(''),
});
export const ZEntryCreate = ZEntryFields.extend({ organisationId: z.string().uuid(), contacts: z.array(ZContactInput).max(50).default([]) });
export type TEntryCreate = z.infer<typeof ZEntryCreate>;
// No defaults here: a field left out of a change keeps its value.
export const ZEntryUpdate = z.strictObject({
  name: text(200).min(1).optional(),
  fields: z.array(z.enum(NETWORK_FIELDS)).min(1).max(NETWORK_FIELDS.length).optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  departements: z.array(ZDepartement).max(120).optional(),
  address: text(500).optional(),
  website: text(300).optional(),
  notes: text(5000).optional(),
  checked: z.boolean().optional(),
});
export type TEntryUpdate = z.infer<typeof ZEntryUpdate>;

export const ZEntryQuery = z.strictObject({
  organisationId: z.string().uuid(),
  field: z.enum(NETWORK_FIELDS).optional(),
  departement: ZDepartement.optional(),
  q: text(100).optional(),
});

export const ZExchangeCreate = z.strictObject({ occurredOn: z.string().date(), summary: text(5000).min(1) });

export const ZContact = z.object({ id: z.string().uuid(), name: z.string(), jobTitle: z.string(), phone: z.string(), email: z.string(), hours: z.string() });
export const ZEntry = z.object({
  id: z.string().uuid(),
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  mine: z.boolean(),
  name: z.string(),
  fields: z.array(z.enum(NETWORK_FIELDS)),
  visibility: z.enum(VISIBILITIES),
  departements: z.array(z.string()),
  address: z.string(),
  website: z.string(),
  notes: z.string(),
  lastCheckedAt: z.string(),
  needsCheck: z.boolean(),
  contacts: z.array(ZContact),
  exchanges: z.array(z.object({ id: z.string().uuid(), occurredOn: z.string(), summary: z.string(), authorName: z.string().nullable() })),
});
export type TEntry = z.infer<typeof ZEntry>;

export const ZImportBody = z.strictObject({ organisationId: z.string().uuid(), fileBase64: z.string().min(1).max(2_000_000) });
export const ZImportReport = z.object({ created: z.number(), updated: z.number(), unchanged: z.number(), contactsCreated: z.number(), contactsUpdated: z.number() });
export type TImportReport = z.infer<typeof ZImportReport>;

export const ZReferralCreate = z.strictObject({
  contactId: z.string().uuid(),
  planItemId: z.string().uuid().optional(),
  consent: z.boolean(),
  sharedInformation: text(3000).min(1),
});
export const ZReferralUpdate = z.strictObject({ mediationNotes: text(5000) });

export const ZReferral = z.object({
  id: z.string().uuid(),
  pathwayId: z.string().uuid(),
  planItemId: z.string().uuid().nullable(),
  entryName: z.string(),
  contactName: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  sharedInformation: z.string(),
  consentAt: z.string(),
  declineReason: z.string().nullable(),
  outcome: z.string().nullable(),
  mediationNotes: z.string().nullable(),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type TReferral = z.infer<typeof ZReferral>;

export const ZLinkAnswer = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept') }),
  z.strictObject({ action: z.literal('decline'), reason: text(2000).min(1) }),
  z.strictObject({ action: z.literal('outcome'), text: text(5000).min(1) }),
]);
export type TLinkAnswer = z.infer<typeof ZLinkAnswer>;

export const ZLinkView = z.object({
  purpose: z.enum(['answer', 'outcome']),
  status: z.enum(REFERRAL_STATUSES),
  structureName: z.string(),
  referentName: z.string().nullable(),
  referentEmail: z.string().nullable(),
  candidateName: z.string(),
  entryName: z.string(),
  contactName: z.string(),
  sharedInformation: z.string(),
  expiresAt: z.string(),
});
export const ZLinkResult = z.object({ status: z.enum(REFERRAL_STATUSES), nextLink: z.string().nullable() });
