import { z } from 'zod';

const ZInstant = z.string().datetime({ offset: true });

export const ZAvailabilityCreate = z
  .strictObject({ organisationId: z.string().uuid(), startsAt: ZInstant, endsAt: ZInstant })
  .refine((v) => new Date(v.endsAt).getTime() > new Date(v.startsAt).getTime(), { path: ['endsAt'], message: 'La fin doit être après le début.' })
  .refine((v) => new Date(v.endsAt).getTime() - new Date(v.startsAt).getTime() <= 12 * 3600_000, { path: ['endsAt'], message: 'Un créneau dure douze heures au plus.' });
export type TAvailabilityCreate = z.infer<typeof ZAvailabilityCreate>;

export const ZAvailabilitySlot = z.object({
  id: z.string().uuid(),
  userId: z.string().uuid(),
  userName: z.string(),
  organisationId: z.string().uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  booked: z.boolean(),
});
export type TAvailabilitySlot = z.infer<typeof ZAvailabilitySlot>;
