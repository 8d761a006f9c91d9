import { z } from 'zod';
import { SHARE_SCOPES } from '../../../common/sharing';

/**
 * `satisfaction` is filled by the satisfaction module once it exists: it adds its loader to
 * `LIVRET_SOURCES` (features/livret-sources.ts); the PDF already has its section.
 */
export const LIVRET_EVENT_KINDS = ['appointment', 'transition', 'document', 'plan_item', 'agreement', 'referral', 'satisfaction'] as const;
export type LivretEventKind = (typeof LIVRET_EVENT_KINDS)[number];

export const ZLivretEvent = z.object({
  at: z.string(),
  kind: z.enum(LIVRET_EVENT_KINDS),
  title: z.string(),
  lines: z.array(z.string()),
  /** Where the proof is downloaded (attendance sheet, document, agreement), when there is one and the reader may open it. */
  proofUrl: z.string().nullable(),
});
export type TLivretEvent = z.infer<typeof ZLivretEvent>;

export const ZLivret = z.object({
  pathwayId: z.string().uuid(),
  candidate: z.object({ name: z.string(), birthDate: z.string().nullable(), email: z.string().nullable() }),
  certification: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  events: z.array(ZLivretEvent),
  /** The parts the candidate has not shared with this reader: their entries are listed without their content. */
  withheld: z.array(z.enum(SHARE_SCOPES)),
});
export type TLivret = z.infer<typeof ZLivret>;
