import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { eq, inArray } from 'drizzle-orm';
import { MODALITY_LABELS, type NotificationKind } from '../../../common/appointments';
import type { Executor } from '../../db/client';
import { appointmentNotifications, candidates, organisations, users } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { queueEmail } from '../mailbox/queue-email';
import { appointmentIcs, type IcsPerson } from './appointment-ics';
import type { AppointmentRow, ParticipantRow } from './appointments.store';

const when = (d: Date) => `${format(d, 'EEEE d MMMM yyyy', { locale: fr })} à ${format(d, 'HH:mm')}`;

const SUBJECTS: Record<NotificationKind, (title: string, at: Date) => string> = {
  convocation: (t, at) => `Convocation : ${t}, le ${when(at)}`,
  update: (t, at) => `Rendez-vous modifié : ${t}, désormais le ${when(at)}`,
  cancellation: (t, at) => `Rendez-vous annulé : ${t} du ${when(at)}`,
  reminder: (t, at) => `Rappel : ${t}, le ${when(at)}`,
};

/** Each participant's address: their account's, else the one on the candidate's file. */
async function addressesOf(exec: Executor, participants: ParticipantRow[]): Promise<IcsPerson[]> {
  const userIds = participants.map((p) => p.userId).filter((u): u is string => u !== null);
  const candIds = participants.filter((p) => !p.userId && p.candidateId).map((p) => p.candidateId as string);
  const byUser = userIds.length ? await exec.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, userIds)) : [];
  const byCand = candIds.length ? await exec.select({ id: candidates.id, email: candidates.email }).from(candidates).where(inArray(candidates.id, candIds)) : [];
  const out: IcsPerson[] = [];
  for (const p of participants) {
    const email = p.userId ? byUser.find((u) => u.id === p.userId)?.email : byCand.find((c) => c.id === p.candidateId)?.email;
    if (email) out.push({ name: p.displayName, email });
  }
  return out;
}

/**
 * Writes one convocation, change, cancellation or reminder to the outbox with its invitation, and
 * records it against the appointment's version, in the caller's transaction. Returns null when this
 * notice was already sent for this version (a retried job) or when nobody has an address.
 */
export async function queueAppointmentNotice(exec: Executor, clock: Clock, opts: { row: AppointmentRow; participants: ParticipantRow[]; kind: NotificationKind; publicUrl: string }): Promise<string | null> {
  const { row, kind } = opts;
  const now = clock.now();
  const [claimed] = await exec.insert(appointmentNotifications).values({ appointmentId: row.id, kind, sequence: row.sequence, createdAt: now }).onConflictDoNothing().returning({ id: appointmentNotifications.id });
  if (!claimed) return null;
  // Who said they cannot come is not reminded; every other notice goes to all.
  const audience = kind === 'reminder' ? opts.participants.filter((p) => p.attendance !== 'excused' && p.attendance !== 'cancelled') : opts.participants;
  const attendees = await addressesOf(exec, audience);
  if (!attendees.length) return null;
  const [org] = await exec.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId));
  const [professional] = await addressesOf(exec, opts.participants.filter((p) => p.kind === 'professional'));
  const organiser = { name: org?.name ?? 'Jalon', email: professional?.email ?? 'ne-pas-repondre@jalon.invalid' };
  const url = new URL(`/rendez-vous/${row.id}`, opts.publicUrl).toString();
  const ics = appointmentIcs(row, { organiser, attendees, url, stamp: now });
  const lines = [
    kind === 'cancellation' ? `Le rendez-vous « ${row.title} » prévu le ${when(row.startsAt)} est annulé.` : `Rendez-vous « ${row.title} » le ${when(row.startsAt)} (jusqu’à ${format(row.endsAt, 'HH:mm')}).`,
    kind === 'cancellation' ? `Motif : ${row.cancellationReason ?? ''}` : `Modalité : ${MODALITY_LABELS[row.modality]}${row.place ? `, ${row.place}` : ''}${row.link ? ` — ${row.link}` : ''}.`,
    `Organisé par ${org?.name ?? ''}.`,
    kind === 'cancellation' ? '' : 'Si vous ne pouvez pas venir, dites-le depuis votre espace : votre référent vous proposera un autre moment.',
    '',
    `Le rendez-vous : ${url}`,
  ];
  const emailId = await queueEmail(exec, clock, {
    to: [...new Set(attendees.map((a) => a.email))],
    subject: SUBJECTS[kind](row.title, row.startsAt),
    text: lines.join('\n'),
    attachments: [{ filename: 'rendez-vous.ics', contentType: `text/calendar; charset=utf-8; method=${row.status === 'cancelled' ? 'CANCEL' : 'REQUEST'}`, content: Buffer.from(ics, 'utf8').toString('base64') }],
  });
  await exec.update(appointmentNotifications).set({ emailId }).where(eq(appointmentNotifications.id, claimed.id));
  return emailId;
}
