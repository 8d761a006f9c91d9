/** French labels and badge colours of the pathway enums, for display only. */
import type { JuryAttendance, PathwayState } from '../../../../common/pathway';
import type { Role } from '../../api/types';
import type { Pathway } from './types';

export type DeadlineStatus = Pathway['deadlines'][number]['status'];
export type BadgeSeverity = 'success' | 'info' | 'warning' | 'error' | 'new';

/** The text always says the status, so the colour is never the only information. */
export const DEADLINE_STATUS: Record<DeadlineStatus, { label: string; severity: BadgeSeverity }> = {
  met: { label: 'Respectée', severity: 'success' },
  upcoming: { label: 'À venir', severity: 'info' },
  due_soon: { label: 'Bientôt échue', severity: 'warning' },
  overdue: { label: 'Dépassée', severity: 'error' },
};

export const JURY_ATTENDANCE_LABELS: Record<JuryAttendance, string> = {
  // Nouns rather than "Présent·e": screen readers stumble on the middle dot.
  present: 'Présence',
  absent: 'Absence',
  excused: 'Absence excusée',
};

export const JURY_FORMAT_LABELS = { presentiel: 'En présentiel', distanciel: 'À distance' } as const;

/** Closed states read as done; the others as "in progress". */
export function stateSeverity(state: PathwayState): BadgeSeverity {
  if (state === 'closed_certified') return 'success';
  if (state === 'closed' || state === 'non_recevable') return 'warning';
  return 'info';
}

/** The roles that follow a candidate and may therefore open a pathway (server policy `followers`). */
export const CREATOR_ROLES: readonly Role[] = ['referent', 'accompagnateur', 'conseiller'];

export function candidateName(candidate: { firstName: string; lastName: string }): string {
  return `${candidate.firstName} ${candidate.lastName}`;
}

/** "dans 3 jours", "aujourd'hui", "il y a 2 jours". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'aujourd’hui';
  const count = Math.abs(daysLeft);
  const unit = count > 1 ? 'jours' : 'jour';
  return daysLeft > 0 ? `dans ${count} ${unit}` : `il y a ${count} ${unit}`;
}
