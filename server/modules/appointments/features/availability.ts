import { and, asc, eq, gt, gte, lt, ne } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { appointmentParticipants, appointments, availabilitySlots, users } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { AGENDA_ROLES, rolesIn, SCHEDULING_ROLES } from '../appointments.policy';
import type { TAvailabilityCreate, TAvailabilitySlot } from '../availability.schema';

/** A professional offers a slot for appointments, in a structure where they schedule. */
export async function addAvailability(opts: { database: Database; clock: Clock; principal: Principal; input: TAvailabilityCreate }): Promise<TAvailabilitySlot> {
  const { input, principal } = opts;
  if (principal.type !== 'user' || !rolesIn(principal, input.organisationId).some((r) => SCHEDULING_ROLES.includes(r))) throw new AppError('FORBIDDEN');
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (startsAt.getTime() <= opts.clock.now().getTime()) throw new AppError('VALIDATION_FAILED', 'Le créneau doit être à venir.', { fields: { startsAt: 'Date passée.' } });
  const id = await opts.database.db.transaction(async (tx) => {
    const [overlap] = await tx.select({ id: availabilitySlots.id }).from(availabilitySlots).where(and(eq(availabilitySlots.userId, principal.user.id), lt(availabilitySlots.startsAt, endsAt), gt(availabilitySlots.endsAt, startsAt)));
    if (overlap) throw new AppError('CONFLICT', 'Ce créneau chevauche une disponibilité déjà ouverte.');
    const [row] = await tx.insert(availabilitySlots).values({ userId: principal.user.id, organisationId: input.organisationId, startsAt, endsAt, createdAt: opts.clock.now() }).returning({ id: availabilitySlots.id });
    return row?.id ?? '';
  });
  const [slot] = await listAvailability({ database: opts.database, principal, query: { organisationId: input.organisationId, from: input.startsAt, to: input.endsAt, userId: principal.user.id } });
  if (!slot || slot.id !== id) throw new Error('availability slot not found after insert');
  return slot;
}

/** The slots of a structure (or one professional) over a period, each marked booked when an appointment overlaps it. */
export async function listAvailability(opts: { database: Database; principal: Principal; query: { organisationId: string; userId?: string; from: string; to: string } }): Promise<TAvailabilitySlot[]> {
  const { query } = opts;
  if (!rolesIn(opts.principal, query.organisationId).some((r) => AGENDA_ROLES.includes(r))) throw new AppError('FORBIDDEN');
  const db = opts.database.db;
  const rows = await db
    .select({ s: availabilitySlots, name: users.displayName })
    .from(availabilitySlots)
    .innerJoin(users, eq(users.id, availabilitySlots.userId))
    .where(and(eq(availabilitySlots.organisationId, query.organisationId), lt(availabilitySlots.startsAt, new Date(query.to)), gte(availabilitySlots.endsAt, new Date(query.from)), query.userId ? eq(availabilitySlots.userId, query.userId) : undefined))
    .orderBy(asc(availabilitySlots.startsAt));
  const out: TAvailabilitySlot[] = [];
  for (const { s, name } of rows) {
    const [booked] = await db
      .select({ id: appointments.id })
      .from(appointmentParticipants)
      .innerJoin(appointments, eq(appointments.id, appointmentParticipants.appointmentId))
      .where(and(eq(appointmentParticipants.userId, s.userId), ne(appointments.status, 'cancelled'), lt(appointments.startsAt, s.endsAt), gt(appointments.endsAt, s.startsAt)))
      .limit(1);
    out.push({ id: s.id, userId: s.userId, userName: name, organisationId: s.organisationId, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), booked: Boolean(booked) });
  }
  return out;
}

/** Only its owner withdraws a slot. */
export async function removeAvailability(opts: { database: Database; principal: Principal; id: string }): Promise<void> {
  const [slot] = await opts.database.db.select().from(availabilitySlots).where(eq(availabilitySlots.id, opts.id));
  if (!slot) throw new AppError('NOT_FOUND', 'Créneau introuvable.');
  if (opts.principal.type !== 'user' || slot.userId !== opts.principal.user.id) throw new AppError('FORBIDDEN');
  await opts.database.db.delete(availabilitySlots).where(eq(availabilitySlots.id, opts.id));
}
