import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);

export const ZParticipantInput = z.strictObject({ kind: z.enum(['contact', 'organisation']), id: z.string().uuid() });
export const ZDecision = z.strictObject({ text: text(1000).min(1), followedBy: text(200).default('') });

export const ZMeetingCreate = z.strictObject({
  organisationId: z.string().uuid(),
  title: text(200).min(1),
  heldAt: z.string().datetime({ offset: true }),
  participants: z.array(ZParticipantInput).max(100).default([]),
  agenda: text(10000).default(''),
});
export type TMeetingCreate = z.infer<typeof ZMeetingCreate>;
export const ZMeetingUpdate = z.strictObject({ report: text(20000).optional(), decisions: z.array(ZDecision).max(50).optional(), agenda: text(10000).optional() });
export type TMeetingUpdate = z.infer<typeof ZMeetingUpdate>;

export const ZMeeting = z.object({
  id: z.string().uuid(),
  organisationId: z.string().uuid(),
  title: z.string(),
  heldAt: z.string(),
  participants: z.array(z.object({ kind: z.enum(['contact', 'organisation']), id: z.string(), name: z.string() })),
  agenda: z.string(),
  report: z.string(),
  decisions: z.array(z.object({ text: z.string(), followedBy: z.string() })),
});
export type TMeeting = z.infer<typeof ZMeeting>;

export const ZLibraryCreate = z.strictObject({
  organisationId: z.string().uuid(),
  title: text(200).min(1),
  audience: z.enum(['professionals', 'public']),
  url: z.union([z.literal(''), z.string().trim().url().max(500)]).default(''),
  description: text(2000).default(''),
});
export type TLibraryCreate = z.infer<typeof ZLibraryCreate>;
export const ZLibraryShare = z.strictObject({ sharedOn: z.string().date(), withWhom: text(300).min(1) });
export const ZLibraryItem = z.object({
  id: z.string().uuid(),
  organisationId: z.string().uuid(),
  title: z.string(),
  audience: z.enum(['professionals', 'public']),
  url: z.string(),
  description: z.string(),
  shares: z.array(z.object({ sharedOn: z.string(), withWhom: z.string() })),
});
export type TLibraryItem = z.infer<typeof ZLibraryItem>;
