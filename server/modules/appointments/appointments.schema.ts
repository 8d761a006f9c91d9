import { z } from 'zod';
import { APPOINTMENT_KINDS, APPOINTMENT_MODALITIES, ATTENDANCE_STATUSES, SIGNATURE_VIAS } from '../../../common/appointments';

export const ZIdParams = z.strictObject({ id: z.string().uuid() });
const ZInstant = z.string().datetime({ offset: true });
const ZText = (max: number) => z.string().trim().max(max);

const ZSlot = z.strictObject({
  modality: z.enum(APPOINTMENT_MODALITIES),
  place: ZText(300).min(1).optional(),
  link: z.string().url().max(500).optional(),
  startsAt: ZInstant,
  endsAt: ZInstant,
});

/** The slot's rules, shared by scheduling and rescheduling: a real duration, a place or a link. */
function checkSlot(v: z.infer<typeof ZSlot>, ctx: z.RefinementCtx): void {
  if (new Date(v.endsAt).getTime() <= new Date(v.startsAt).getTime()) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'La fin doit être après le début.' });
  if (v.modality === 'face_to_face' && !v.place) ctx.addIssue({ code: 'custom', path: ['place'], message: 'Indiquez le lieu du rendez-vous.' });
  if (v.modality === 'video' && !v.link) ctx.addIssue({ code: 'custom', path: ['link'], message: 'Indiquez le lien de la visioconférence.' });
}

export const ZAppointmentCreate = ZSlot.extend({
  organisationId: z.string().uuid(),
  kind: z.enum(APPOINTMENT_KINDS),
  title: ZText(200).min(1),
  /** Individual: exactly one pathway; collective: the pathways of the candidates invited (maybe none yet). */
  pathwayIds: z.array(z.string().uuid()).max(50).default([]),
  /** The professionals present; the person scheduling when none is given. */
  professionalUserIds: z.array(z.string().uuid()).max(20).optional(),
  planItemId: z.string().uuid().optional(),
  reminderHoursBefore: z.number().int().min(1).max(720).default(48),
}).superRefine((v, ctx) => {
  checkSlot(v, ctx);
  if (v.kind === 'individual' && v.pathwayIds.length !== 1) ctx.addIssue({ code: 'custom', path: ['pathwayIds'], message: 'Un rendez-vous individuel concerne un parcours.' });
});
export type TAppointmentCreate = z.infer<typeof ZAppointmentCreate>;

export const ZAppointmentReschedule = ZSlot.superRefine(checkSlot);
export type TAppointmentReschedule = z.infer<typeof ZAppointmentReschedule>;

export const ZAppointmentCancel = z.strictObject({ reason: ZText(1000).min(3) });
export const ZDecline = z.strictObject({ reason: ZText(1000).min(3) });

export const ZAttendanceInput = z.strictObject({
  items: z.array(z.strictObject({ participantId: z.string().uuid(), status: z.enum(ATTENDANCE_STATUSES) })).min(1).max(100),
});
export const ZSignatureInput = z.strictObject({ participantId: z.string().uuid(), via: z.enum(SIGNATURE_VIAS) });

export const ZReportInput = z
  .strictObject({
    sessionObjectives: ZText(5000).default(''),
    pointsWorked: ZText(5000).default(''),
    difficulties: ZText(5000).default(''),
    objectivesReached: ZText(5000).default(''),
    personalWork: ZText(5000).default(''),
    nextSteps: ZText(5000).default(''),
  })
  .refine((r) => Object.values(r).some((v) => v.length > 0), { message: 'Le compte rendu est vide.' });
export type TReportInput = z.infer<typeof ZReportInput>;

export const ZAgendaQuery = z
  .strictObject({ organisationId: z.string().uuid(), userId: z.string().uuid().optional(), from: ZInstant, to: ZInstant })
  .refine((q) => new Date(q.to).getTime() > new Date(q.from).getTime(), { path: ['to'], message: 'La fin doit être après le début.' })
  .refine((q) => new Date(q.to).getTime() - new Date(q.from).getTime() <= 62 * 86_400_000, { path: ['to'], message: 'Deux mois au plus.' });

export const ZParticipant = z.object({
  id: z.string().uuid(),
  kind: z.enum(['professional', 'candidate']),
  displayName: z.string(),
  userId: z.string().uuid().nullable(),
  pathwayId: z.string().uuid().nullable(),
  attendance: z.enum(ATTENDANCE_STATUSES).nullable(),
  declinedAt: z.string().nullable(),
  declinedReason: z.string().nullable(),
  signedAt: z.string().nullable(),
  signedVia: z.enum(SIGNATURE_VIAS).nullable(),
  signedByName: z.string().nullable(),
});

export const ZReport = z.object({
  sessionObjectives: z.string(),
  pointsWorked: z.string(),
  difficulties: z.string(),
  objectivesReached: z.string(),
  personalWork: z.string(),
  nextSteps: z.string(),
  writtenByName: z.string().nullable(),
  writtenAt: z.string(),
});

export const ZAppointmentSummary = z.object({
  id: z.string().uuid(),
  pathwayId: z.string().uuid().nullable(),
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  kind: z.enum(APPOINTMENT_KINDS),
  title: z.string(),
  modality: z.enum(APPOINTMENT_MODALITIES),
  place: z.string().nullable(),
  link: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(['scheduled', 'cancelled']),
  cancellationReason: z.string().nullable(),
  /** By the server's clock, so the pages offer signing only once it has begun. */
  hasStarted: z.boolean(),
  participants: z.array(ZParticipant),
});
export type TAppointmentSummary = z.infer<typeof ZAppointmentSummary>;

export const ZAppointment = ZAppointmentSummary.extend({
  planItemId: z.string().uuid().nullable(),
  reminderHoursBefore: z.number().int(),
  report: ZReport.nullable(),
  notifications: z.array(z.object({ kind: z.enum(['convocation', 'update', 'cancellation', 'reminder']), sequence: z.number().int(), createdAt: z.string(), emailStatus: z.string().nullable() })),
  canEdit: z.boolean(),
  /** The participant row the person may sign for from their own account, when not signed yet. */
  mySignableParticipantId: z.string().uuid().nullable(),
});
export type TAppointment = z.infer<typeof ZAppointment>;
