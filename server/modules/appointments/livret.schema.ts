import { z } from 'zod';

export const LIVRET_EVENT_KINDS = ['appointment', 'transition', 'document', 'plan_item', 'agreement'] as const;

export const ZLivretEvent = z.object({
  at: z.string(),
  kind: z.enum(LIVRET_EVENT_KINDS),
  title: z.string(),
  lines: z.array(z.string()),
  /** Where the proof is downloaded (attendance sheet, document, agreement), when there is one. */
  proofUrl: z.string().nullable(),
});
export type TLivretEvent = z.infer<typeof ZLivretEvent>;

export const ZLivret = z.object({
  pathwayId: z.string().uuid(),
  candidate: z.object({ name: z.string(), birthDate: z.string().nullable(), email: z.string().nullable() }),
  certification: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  events: z.array(ZLivretEvent),
});
export type TLivret = z.infer<typeof ZLivret>;
