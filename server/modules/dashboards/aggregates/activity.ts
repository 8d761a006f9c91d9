import { and, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import { phaseOfState, type AssistancePhase } from '../../../../common/assistance';
import type { Executor } from '../../../db/client';
import { appointmentParticipants, appointments, assistances, memberships, pathways, professionalTrainingDays, users } from '../../../db/schema';

const yearRange = (year: number) => ({ from: new Date(`${year}-01-01T00:00:00+01:00`), to: new Date(`${year + 1}-01-01T00:00:00+01:00`) });

/** The structure's référents (the people the director's dashboard lists). */
export async function referentsOf(exec: Executor, organisationId: string): Promise<{ userId: string; name: string }[]> {
  const rows = await exec
    .select({ userId: users.id, name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'referent')));
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/**
 * Hours each professional spent in the structure's appointments of the year, up to `until`:
 * the durations of appointments not cancelled where they are a participant. The structure's own
 * appointments are few (read through the (organisation_id, starts_at) index), so no rollup.
 */
export async function hoursSpent(exec: Executor, opts: { organisationId: string; year: number; until: Date }): Promise<Map<string, number>> {
  const { from, to } = yearRange(opts.year);
  const rows = await exec
    .select({ userId: appointmentParticipants.userId, hours: sql<number>`sum(extract(epoch from ${appointments.endsAt} - ${appointments.startsAt}) / 3600.0)::float8` })
    .from(appointments)
    .innerJoin(appointmentParticipants, and(eq(appointmentParticipants.appointmentId, appointments.id), eq(appointmentParticipants.kind, 'professional')))
    .where(and(eq(appointments.organisationId, opts.organisationId), eq(appointments.status, 'scheduled'), gte(appointments.startsAt, from), lt(appointments.startsAt, to), lte(appointments.endsAt, opts.until)))
    .groupBy(appointmentParticipants.userId);
  return new Map(rows.flatMap((r) => (r.userId ? [[r.userId, Number(r.hours)] as const] : [])));
}

/** Professional development days recorded per person for the year. */
export async function trainingDays(exec: Executor, opts: { organisationId: string; year: number }): Promise<Map<string, number>> {
  const rows = await exec
    .select({ userId: professionalTrainingDays.userId, days: sql<number>`sum(${professionalTrainingDays.days})::float8` })
    .from(professionalTrainingDays)
    .where(and(eq(professionalTrainingDays.organisationId, opts.organisationId), gte(professionalTrainingDays.heldOn, `${opts.year}-01-01`), lt(professionalTrainingDays.heldOn, `${opts.year + 1}-01-01`)))
    .groupBy(professionalTrainingDays.userId);
  return new Map(rows.map((r) => [r.userId, Number(r.days)]));
}

/** A référent's open assistances, by the phase their pathway is in. */
export async function caseloadByPhase(exec: Executor, opts: { organisationIds: readonly string[]; referentUserId: string }): Promise<Record<AssistancePhase, number>> {
  const out: Record<AssistancePhase, number> = { before_recevabilite: 0, recevabilite_to_jury: 0, after_jury: 0 };
  if (opts.organisationIds.length === 0) return out;
  const rows = await exec
    .select({ state: pathways.state, n: sql<number>`count(*)::int` })
    .from(assistances)
    .innerJoin(pathways, eq(pathways.id, assistances.pathwayId))
    .where(and(inArray(assistances.organisationId, [...opts.organisationIds]), eq(assistances.status, 'open'), eq(assistances.referentUserId, opts.referentUserId)))
    .groupBy(pathways.state);
  for (const r of rows) out[phaseOfState(r.state)] += Number(r.n);
  return out;
}

/** Appointments not cancelled where this person takes part, between two instants. */
export async function agendaCount(exec: Executor, opts: { userId: string; from: Date; to: Date }): Promise<number> {
  const [row] = await exec
    .select({ n: sql<number>`count(*)::int` })
    .from(appointments)
    .innerJoin(appointmentParticipants, eq(appointmentParticipants.appointmentId, appointments.id))
    .where(and(eq(appointmentParticipants.userId, opts.userId), eq(appointments.status, 'scheduled'), gte(appointments.startsAt, opts.from), lt(appointments.startsAt, opts.to)));
  return Number(row?.n ?? 0);
}
