import { MODALITY_LABELS } from '../../../../common/appointments';
import type { AppointmentSummary } from './types';

const DAY = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

export const formatDay = (iso: string) => DAY.format(new Date(iso));
export const formatTime = (iso: string) => TIME.format(new Date(iso));

/** "mardi 10 mars 2026, 10:00 – 11:00" */
export function formatSlot(a: Pick<AppointmentSummary, 'startsAt' | 'endsAt'>): string {
  return `${formatDay(a.startsAt)}, ${formatTime(a.startsAt)} – ${formatTime(a.endsAt)}`;
}

export function formatWhere(a: Pick<AppointmentSummary, 'modality' | 'place' | 'link'>): string {
  return [MODALITY_LABELS[a.modality], a.place, a.link].filter(Boolean).join(' — ');
}

/** A local date and time from the form ("2026-03-10" and "10:00") as an instant for the API. */
export function toInstant(day: string, time: string): string {
  return new Date(`${day}T${time}:00`).toISOString();
}

export const appointmentPath = (id: string) => `/rendez-vous/${encodeURIComponent(id)}`;
