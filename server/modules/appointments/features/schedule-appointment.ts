import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client';
import { appointmentParticipants, appointments, assistances, candidates, memberships, planItems, users } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError, fieldError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { assertActsFor } from '../../../lib/policy';
import { recordAudit } from '../../audit/record-audit';
import { loadPathway } from '../../pathways/pathways.store';
import { queueAppointmentNotice } from '../appointment-notices';
import { planReminder } from '../appointment-reminder.job';
import { mutateAppointment } from '../appointments.mutate';
import { SCHEDULING_ROLES } from '../appointments.policy';
import type { TAppointment, TAppointmentCreate, TAppointmentReschedule } from '../appointments.schema';
import { assertNoConflict, loadAppointment } from '../appointments.store';
import { presentAppointment } from '../appointments.view';

/** Appointments are checked for overlaps one at a time, so two bookings cannot both take a slot. */
export async function lockAgenda(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(620611)`);
}

function assertUpcoming(startsAt: Date, now: Date): void {
  if (startsAt.getTime() <= now.getTime()) throw fieldError('VALIDATION_FAILED', 'startsAt', 'Le rendez-vous doit être à venir.');
}

/** Sets an appointment, invites its participants (convocation with its invitation) and plans the reminder. */
export async function scheduleAppointment(opts: { database: Database; clock: Clock; principal: Principal; input: TAppointmentCreate; publicUrl: string }): Promise<TAppointment> {
  const { input, principal, clock } = opts;
  assertActsFor(principal, input.organisationId, SCHEDULING_ROLES);
  const now = clock.now();
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  assertUpcoming(startsAt, now);
  const me = principal.type === 'user' ? principal.user.id : null;
  const id = await opts.database.db.transaction(async (tx) => {
    const invited = [];
    for (const pathwayId of [...new Set(input.pathwayIds)]) {
      const { row, access } = await loadPathway(tx, pathwayId);
      if (!access.actors.some((a) => a.organisationId === input.organisationId)) throw new AppError('FORBIDDEN', 'Votre structure n’intervient pas sur ce parcours.');
      const [cand] = await tx.select().from(candidates).where(eq(candidates.id, row.candidateId));
      if (cand) invited.push({ pathwayId, cand });
    }
    const proIds = [...new Set(input.professionalUserIds ?? (me ? [me] : []))];
    const pros = proIds.length
      ? await tx.selectDistinct({ id: users.id, name: users.displayName }).from(users).innerJoin(memberships, eq(memberships.userId, users.id)).where(and(inArray(users.id, proIds), eq(memberships.organisationId, input.organisationId)))
      : [];
    if (pros.length !== proIds.length || !pros.length) throw fieldError('VALIDATION_FAILED', 'professionalUserIds', 'Les professionnels doivent être membres de la structure.');
    if (input.planItemId) {
      const [item] = await tx.select({ id: planItems.id }).from(planItems).innerJoin(assistances, eq(assistances.id, planItems.assistanceId)).where(and(eq(planItems.id, input.planItemId), inArray(assistances.pathwayId, input.pathwayIds.length ? input.pathwayIds : ['00000000-0000-0000-0000-000000000000'])));
      if (!item) throw fieldError('VALIDATION_FAILED', 'planItemId', 'Cet appui n’est pas au plan de ce parcours.');
    }
    await lockAgenda(tx);
    await assertNoConflict(tx, { startsAt, endsAt, userIds: pros.map((p) => p.id), candidateIds: invited.map((i) => i.cand.id) });
    const [row] = await tx
      .insert(appointments)
      .values({
        pathwayId: input.kind === 'individual' ? (input.pathwayIds[0] ?? null) : null,
        organisationId: input.organisationId,
        kind: input.kind,
        title: input.title,
        modality: input.modality,
        place: input.place ?? null,
        link: input.link ?? null,
        startsAt,
        endsAt,
        planItemId: input.planItemId ?? null,
        reminderHoursBefore: input.reminderHoursBefore,
        createdByUserId: me,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('appointment insert returned nothing');
    const participants = await tx
      .insert(appointmentParticipants)
      .values([
        ...pros.map((p) => ({ appointmentId: row.id, kind: 'professional' as const, userId: p.id, displayName: p.name })),
        ...invited.map(({ pathwayId, cand }) => ({ appointmentId: row.id, kind: 'candidate' as const, userId: cand.userId, candidateId: cand.id, pathwayId, displayName: `${cand.firstName} ${cand.lastName}` })),
      ])
      .returning();
    await recordAudit(tx, { actor: actorOf(principal, input.organisationId), at: now, eventType: 'appointment.created', entityType: 'appointment', entityId: row.id, details: { kind: row.kind, startsAt: row.startsAt.toISOString(), participants: participants.length } });
    await queueAppointmentNotice(tx, clock, { row, participants, kind: 'convocation', publicUrl: opts.publicUrl });
    await planReminder(tx, clock, row);
    return row.id;
  });
  return presentAppointment(opts.database.db, await loadAppointment(opts.database.db, id), principal, now);
}

/** Moves an appointment: a new version, announced to all with an updated invitation, and a new reminder. */
export async function rescheduleAppointment(opts: { database: Database; clock: Clock; principal: Principal; id: string; input: TAppointmentReschedule; publicUrl: string }): Promise<TAppointment> {
  const { input } = opts;
  return mutateAppointment({
    ...opts,
    event: 'appointment.rescheduled',
    apply: async ({ tx, loaded, now }) => {
      const startsAt = new Date(input.startsAt);
      const endsAt = new Date(input.endsAt);
      assertUpcoming(startsAt, now);
      await lockAgenda(tx);
      const active = loaded.participants.filter((p) => p.attendance !== 'cancelled' && p.attendance !== 'excused');
      await assertNoConflict(tx, { startsAt, endsAt, exceptId: loaded.row.id, userIds: active.filter((p) => p.kind === 'professional' && p.userId).map((p) => p.userId as string), candidateIds: active.map((p) => p.candidateId).filter((c): c is string => c !== null) });
      const [row] = await tx
        .update(appointments)
        .set({ startsAt, endsAt, modality: input.modality, place: input.place ?? null, link: input.link ?? null, sequence: loaded.row.sequence + 1 })
        .where(eq(appointments.id, loaded.row.id))
        .returning();
      if (!row) throw new Error('appointment update returned nothing');
      await queueAppointmentNotice(tx, opts.clock, { row, participants: loaded.participants, kind: 'update', publicUrl: opts.publicUrl });
      await planReminder(tx, opts.clock, row);
      return { from: loaded.row.startsAt.toISOString(), to: row.startsAt.toISOString(), sequence: row.sequence };
    },
  });
}

/** Cancels with a reason: participants are told, and the pending reminder will find it cancelled. */
export async function cancelAppointment(opts: { database: Database; clock: Clock; principal: Principal; id: string; reason: string; publicUrl: string }): Promise<TAppointment> {
  return mutateAppointment({
    ...opts,
    event: 'appointment.cancelled',
    apply: async ({ tx, loaded }) => {
      const [row] = await tx.update(appointments).set({ status: 'cancelled', cancellationReason: opts.reason, sequence: loaded.row.sequence + 1 }).where(eq(appointments.id, loaded.row.id)).returning();
      if (!row) throw new Error('appointment update returned nothing');
      await tx.update(appointmentParticipants).set({ attendance: 'cancelled' }).where(and(eq(appointmentParticipants.appointmentId, row.id), sql`${appointmentParticipants.attendance} IS NULL`));
      await queueAppointmentNotice(tx, opts.clock, { row, participants: loaded.participants, kind: 'cancellation', publicUrl: opts.publicUrl });
      return { reason: opts.reason };
    },
  });
}
