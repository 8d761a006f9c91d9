import { z } from 'zod';
import { ACCESS_VIAS, SHARE_SCOPES } from '../../../common/sharing';

export const ZPathwayParams = z.strictObject({ id: z.string().uuid() });
export const ZGrantParams = z.strictObject({ id: z.string().uuid(), grantId: z.string().uuid() });
export const ZNoQuery = z.strictObject({});

export const ZGrantCreate = z.strictObject({
  organisationId: z.string().uuid(),
  scopes: z
    .array(z.enum(SHARE_SCOPES))
    .min(1, 'Choisissez au moins une partie du dossier à partager.')
    .max(SHARE_SCOPES.length)
    .refine((s) => new Set(s).size === s.length, 'Une partie est cochée deux fois.'),
});
export type TGrantCreate = z.infer<typeof ZGrantCreate>;

export const ZGrant = z.object({
  id: z.string().uuid(),
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  scopes: z.array(z.enum(SHARE_SCOPES)),
  grantedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  active: z.boolean(),
});
export type TGrant = z.infer<typeof ZGrant>;

/** An organisation the candidate may share with: one taking part in the pathway. */
export const ZShareableOrganisation = z.object({ organisationId: z.string().uuid(), organisationName: z.string(), roles: z.array(z.string()) });

export const ZGrantList = z.object({ items: z.array(ZGrant), organisations: z.array(ZShareableOrganisation) });

export const ZAccessLogEntry = z.object({
  at: z.string(),
  userName: z.string(),
  organisationName: z.string().nullable(),
  part: z.enum(SHARE_SCOPES),
  label: z.string(),
  via: z.enum(ACCESS_VIAS),
});
export type TAccessLogEntry = z.infer<typeof ZAccessLogEntry>;
export const ZAccessLog = z.object({ items: z.array(ZAccessLogEntry) });
