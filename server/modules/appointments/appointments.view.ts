import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { anyUuid } from '../../db/any-of';
import { appointmentNotifications, appointmentParticipants, emails, meetingReports, organisations, users } from '../../db/schema';
import type { Principal } from '../../lib/principal';
import { canOnAppointment } from './appointments.policy';
import type { TAppointment, TAppointmentSummary } from './appointments.schema';
import type { AppointmentRow, LoadedAppointment, ParticipantRow } from './appointments.store';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function namesOf(exec: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (!wanted.length) return new Map();
  const rows = await exec.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function summaryOf(row: AppointmentRow, participants: ParticipantRow[], orgName: string, names: Map<string, string>, now: Date): TAppointmentSummary {
  return {
    id: row.id,
    pathwayId: row.pathwayId,
    organisationId: row.organisationId,
    organisationName: orgName,
    kind: row.kind,
    title: row.title,
    modality: row.modality,
    place: row.place,
    link: row.link,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    status: row.status,
    cancellationReason: row.cancellationReason,
    hasStarted: row.startsAt.getTime() <= now.getTime(),
    participants: participants.map((p) => ({
      id: p.id,
      kind: p.kind,
      displayName: p.displayName,
      userId: p.userId,
      pathwayId: p.pathwayId,
      attendance: p.attendance,
      declinedAt: iso(p.declinedAt),
      declinedReason: p.declinedReason,
      signedAt: iso(p.signedAt),
      signedVia: p.signedVia,
      signedByName: p.signedByUserId ? (names.get(p.signedByUserId) ?? null) : null,
    })),
  };
}

/** Many appointments at once (agenda, lists), with their participants. */
export async function presentSummaries(exec: Executor, rows: AppointmentRow[], now: Date): Promise<TAppointmentSummary[]> {
  if (!rows.length) return [];
  // One array parameter, not one per appointment: a month's agenda holds thousands of them, and
  // grouping by id keeps the assembly linear instead of scanning every participant per appointment.
  const ids = rows.map((r) => r.id);
  const participants = await exec
    .select()
    .from(appointmentParticipants)
    .where(anyUuid(appointmentParticipants.appointmentId, ids))
    .orderBy(asc(appointmentParticipants.kind), asc(appointmentParticipants.displayName));
  const byAppointment = new Map<string, ParticipantRow[]>();
  for (const p of participants) {
    const list = byAppointment.get(p.appointmentId);
    if (list) list.push(p);
    else byAppointment.set(p.appointmentId, [p]);
  }
  const orgs = await exec.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, [...new Set(rows.map((r) => r.organisationId))]));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const names = await namesOf(exec, participants.map((p) => p.signedByUserId));
  return rows.map((r) => summaryOf(r, byAppointment.get(r.id) ?? [], orgName.get(r.organisationId) ?? '', names, now));
}

export async function presentAppointment(exec: Executor, loaded: LoadedAppointment, principal: Principal, now: Date): Promise<TAppointment> {
  const { row, participants } = loaded;
  const [org] = await exec.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId));
  const [report] = await exec.select().from(meetingReports).where(eq(meetingReports.appointmentId, row.id));
  const names = await namesOf(exec, [...participants.map((p) => p.signedByUserId), report?.writtenByUserId ?? null]);
  const canEdit = canOnAppointment(principal, loaded.access, 'edit');
  const notifications = canEdit
    ? await exec
        .select({ n: appointmentNotifications, emailStatus: emails.status })
        .from(appointmentNotifications)
        .leftJoin(emails, eq(emails.id, appointmentNotifications.emailId))
        .where(eq(appointmentNotifications.appointmentId, row.id))
        .orderBy(asc(appointmentNotifications.createdAt))
    : [];
  const me = principal.type === 'user' ? principal.user.id : null;
  const signable = participants.find((p) => me !== null && p.userId === me && !p.signedAt);
  return {
    ...summaryOf(row, participants, org?.name ?? '', names, now),
    planItemId: row.planItemId,
    reminderHoursBefore: row.reminderHoursBefore,
    report: report
      ? {
          sessionObjectives: report.sessionObjectives,
          pointsWorked: report.pointsWorked,
          difficulties: report.difficulties,
          objectivesReached: report.objectivesReached,
          personalWork: report.personalWork,
          nextSteps: report.nextSteps,
          writtenByName: report.writtenByUserId ? (names.get(report.writtenByUserId) ?? null) : null,
          writtenAt: report.writtenAt.toISOString(),
        }
      : null,
    notifications: notifications.map(({ n, emailStatus }) => ({ kind: n.kind, sequence: n.sequence, createdAt: n.createdAt.toISOString(), emailStatus })),
    canEdit,
    mySignableParticipantId: row.status === 'scheduled' && signable && row.startsAt.getTime() <= now.getTime() ? signable.id : null,
  };
}
