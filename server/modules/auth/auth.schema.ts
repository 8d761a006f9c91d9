import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES, USER_KINDS } from '../../../common/organisations';

export const ZEmail = z.string().trim().toLowerCase().email().max(254);

export const ZLoginBody = z.strictObject({ email: ZEmail, password: z.string().min(1).max(256) });
export const ZEmailBody = z.strictObject({ email: ZEmail });
export const ZTokenBody = z.strictObject({ token: z.string().min(10).max(200) });
export const ZPasswordResetConfirmBody = z.strictObject({ token: z.string().min(10).max(200), password: z.string().min(1).max(256) });

export const ZMembership = z.object({
  id: z.string().uuid(),
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  organisationKind: z.enum(ORGANISATION_KINDS),
  role: z.enum(ROLES),
});

export const ZMe = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  kind: z.enum(USER_KINDS),
  isPlatformAdmin: z.boolean(),
  memberships: z.array(ZMembership),
  csrfToken: z.string(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }),
});
