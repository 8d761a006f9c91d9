import { and, eq, gt, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { appointmentParticipants, appointments } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { loadPathway } from '../pathways/pathways.store';
import type { AppointmentAccessFacts } from './appointments.policy';

export type AppointmentRow = typeof appointments.$inferSelect;
export type ParticipantRow = typeof appointmentParticipants.$inferSelect;

export interface LoadedAppointment {
  row: AppointmentRow;
  participants: ParticipantRow[];
  access: AppointmentAccessFacts;
}

export async function loadAppointment(exec: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedAppointment> {
  const base = exec.select().from(appointments).where(eq(appointments.id, id));
  const [row] = opts.forUpdate ? await base.for('update') : await base;
  if (!row) throw new AppError('NOT_FOUND', 'Rendez-vous introuvable.');
  const participants = await exec.select().from(appointmentParticipants).where(eq(appointmentParticipants.appointmentId, id)).orderBy(appointmentParticipants.kind, appointmentParticipants.displayName);
  const pathwayIds = [...new Set([row.pathwayId, ...participants.map((p) => p.pathwayId)].filter((p): p is string => p !== null))];
  const pathways = [];
  for (const pid of pathwayIds) pathways.push((await loadPathway(exec, pid)).access);
  const participantUserIds = participants.map((p) => p.userId).filter((u): u is string => u !== null);
  return { row, participants, access: { organisationId: row.organisationId, pathways, participantUserIds } };
}

/**
 * Scheduled appointments overlapping [startsAt, endsAt) for any of these people, other than the one
 * being changed; a participant who said they cannot come, or was cancelled, no longer holds the slot.
 */
export async function findConflicts(exec: Executor, opts: { startsAt: Date; endsAt: Date; userIds: string[]; candidateIds: string[]; exceptId?: string }): Promise<{ appointmentId: string; displayName: string }[]> {
  const who: SQL[] = [];
  if (opts.userIds.length) who.push(inArray(appointmentParticipants.userId, opts.userIds));
  if (opts.candidateIds.length) who.push(inArray(appointmentParticipants.candidateId, opts.candidateIds));
  if (!who.length) return [];
  return exec
    .select({ appointmentId: appointments.id, displayName: appointmentParticipants.displayName })
    .from(appointmentParticipants)
    .innerJoin(appointments, eq(appointments.id, appointmentParticipants.appointmentId))
    .where(
      and(
        eq(appointments.status, 'scheduled'),
        lt(appointments.startsAt, opts.endsAt),
        gt(appointments.endsAt, opts.startsAt),
        opts.exceptId ? ne(appointments.id, opts.exceptId) : undefined,
        sql`coalesce(${appointmentParticipants.attendance}, '') NOT IN ('cancelled', 'excused')`,
        or(...who),
      ),
    );
}

export async function assertNoConflict(exec: Executor, opts: Parameters<typeof findConflicts>[1]): Promise<void> {
  const conflicts = await findConflicts(exec, opts);
  if (conflicts.length) {
    const names = [...new Set(conflicts.map((c) => c.displayName))];
    throw new AppError('APPOINTMENT_CONFLICT', `${names.join(', ')} : un autre rendez-vous est déjà prévu sur ce créneau.`, { appointmentIds: [...new Set(conflicts.map((c) => c.appointmentId))] });
  }
}
