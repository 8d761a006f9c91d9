import { and, asc, desc, eq, gte, inArray, lt, or } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { appointmentParticipants, appointments } from '../../../db/schema';
import { AppError } from '../../../lib/errors';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { assertCanOnPathway } from '../../pathways/pathways.policy';
import { loadPathway } from '../../pathways/pathways.store';
import { AGENDA_ROLES, rolesIn } from '../appointments.policy';
import type { TAppointmentSummary } from '../appointments.schema';
import { presentSummaries } from '../appointments.view';

/** A structure's agenda over a week or a month, or one professional's within it. */
export async function agendaOf(opts: { database: Database; clock: Clock; principal: Principal; query: { organisationId: string; userId?: string; from: string; to: string } }): Promise<TAppointmentSummary[]> {
  const { query } = opts;
  if (!rolesIn(opts.principal, query.organisationId).some((r) => AGENDA_ROLES.includes(r))) throw new AppError('FORBIDDEN');
  const db = opts.database.db;
  const inRange = and(eq(appointments.organisationId, query.organisationId), lt(appointments.startsAt, new Date(query.to)), gte(appointments.endsAt, new Date(query.from)));
  const rows = query.userId
    ? (await db.selectDistinct({ a: appointments }).from(appointments).innerJoin(appointmentParticipants, eq(appointmentParticipants.appointmentId, appointments.id)).where(and(inRange, eq(appointmentParticipants.userId, query.userId))).orderBy(asc(appointments.startsAt))).map((r) => r.a)
    : await db.select().from(appointments).where(inRange).orderBy(asc(appointments.startsAt));
  return presentSummaries(db, rows, opts.clock.now());
}

/** The appointments serving one pathway, individual or collective, most recent first. */
export async function appointmentsOfPathway(opts: { database: Database; clock: Clock; principal: Principal; pathwayId: string }): Promise<TAppointmentSummary[]> {
  const db = opts.database.db;
  const { access } = await loadPathway(db, opts.pathwayId);
  assertCanOnPathway(opts.principal, access, 'view');
  const viaParticipants = db.select({ id: appointmentParticipants.appointmentId }).from(appointmentParticipants).where(eq(appointmentParticipants.pathwayId, opts.pathwayId));
  const rows = await db.select().from(appointments).where(or(eq(appointments.pathwayId, opts.pathwayId), inArray(appointments.id, viaParticipants))).orderBy(desc(appointments.startsAt));
  return presentSummaries(db, rows, opts.clock.now());
}

/** The candidate's own appointments, in their space. */
export async function myAppointments(opts: { database: Database; clock: Clock; principal: Principal }): Promise<TAppointmentSummary[]> {
  if (opts.principal.type !== 'user') throw new AppError('FORBIDDEN');
  const db = opts.database.db;
  const mine = db.select({ id: appointmentParticipants.appointmentId }).from(appointmentParticipants).where(and(eq(appointmentParticipants.userId, opts.principal.user.id), eq(appointmentParticipants.kind, 'candidate')));
  const rows = await db.select().from(appointments).where(inArray(appointments.id, mine)).orderBy(desc(appointments.startsAt));
  return presentSummaries(db, rows, opts.clock.now());
}
