import { createEvent, type EventAttributes } from 'ics';
import { MODALITY_LABELS } from '../../../common/appointments';
import type { AppointmentRow } from './appointments.store';

export interface IcsPerson {
  name: string;
  email: string;
}

/**
 * The RFC 5545 invitation of one appointment. The UID is stable and SEQUENCE grows with each change,
 * so a calendar replaces the earlier version (or removes it when cancelled) instead of adding one.
 */
export function appointmentIcs(row: AppointmentRow, opts: { organiser: IcsPerson; attendees: IcsPerson[]; url: string; stamp: Date }): string {
  const cancelled = row.status === 'cancelled';
  // DTSTAMP comes from the injected clock (the library accepts `timestamp` but its types omit it).
  const attributes: EventAttributes & { timestamp: number } = {
    productId: 'jalon/rendez-vous',
    method: cancelled ? 'CANCEL' : 'REQUEST',
    uid: `${row.id}@jalon`,
    sequence: row.sequence,
    timestamp: opts.stamp.getTime(),
    start: row.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: row.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: row.title,
    description: [MODALITY_LABELS[row.modality], row.link ? `Lien : ${row.link}` : null, cancelled ? `Annulé : ${row.cancellationReason ?? ''}` : null].filter(Boolean).join('\n'),
    ...(row.place ? { location: row.place } : {}),
    url: opts.url,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    organizer: { name: opts.organiser.name, email: opts.organiser.email },
    attendees: opts.attendees.map((a) => ({ name: a.name, email: a.email, rsvp: true, partstat: 'NEEDS-ACTION', role: 'REQ-PARTICIPANT' })),
  };
  const { error, value } = createEvent(attributes);
  // The inputs come from validated rows; a failure here is a bug, not a user's mistake.
  if (error || !value) throw error ?? new Error('ics: empty calendar');
  return value;
}
