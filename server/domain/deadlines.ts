import { addDays, addMonths, addYears, differenceInCalendarDays } from 'date-fns';
import { z } from 'zod';
import type { PathwayState } from '../../common/pathway';

/**
 * Time limits of a pathway. Values come from configuration (the `deadlines` setting, editable by an
 * administrator); these defaults are the ones the seeds and the 2023 decree state.
 */
export const ZDeadlineLimits = z.strictObject({
  /** The certificateur answers a dossier de faisabilité within 2 months (silence is not a yes). */
  recevabiliteAnswerMonths: z.number().int().min(1).max(12),
  /** The accompaniment charter promises an answer to a request within 30 days. */
  accompanimentAnswerDays: z.number().int().min(1).max(365),
  /** A pathway may last up to 5 years. */
  pathwayMaxYears: z.number().int().min(1).max(10),
  /** Assistance renforcée lasts at most 2 years within the regional mandate. */
  assistanceMaxYears: z.number().int().min(1).max(5),
  /** Without any contact for this long, the pathway is flagged as inactive. */
  inactivityDays: z.number().int().min(7).max(365),
  /** A deadline closer than this is shown as due soon. */
  dueSoonDays: z.number().int().min(1).max(90),
});
export type DeadlineLimits = z.infer<typeof ZDeadlineLimits>;

export const DEFAULT_DEADLINE_LIMITS: DeadlineLimits = {
  recevabiliteAnswerMonths: 2,
  accompanimentAnswerDays: 30,
  pathwayMaxYears: 5,
  assistanceMaxYears: 2,
  inactivityDays: 45,
  dueSoonDays: 14,
};

export type DeadlineKind = 'recevabilite_answer' | 'accompaniment_answer' | 'pathway_end' | 'assistance_end' | 'inactivity';
export type DeadlineStatus = 'met' | 'upcoming' | 'due_soon' | 'overdue';

export interface Deadline {
  kind: DeadlineKind;
  label: string;
  dueAt: Date;
  status: DeadlineStatus;
  /** Negative once overdue. */
  daysLeft: number;
}

export interface PathwayFacts {
  state: PathwayState;
  startedAt: Date;
  faisabiliteFiledAt: Date | null;
  recevabiliteDecidedAt: Date | null;
  accompanimentRequestedAt: Date | null;
  accompanimentAnsweredAt: Date | null;
  assistanceStartedAt: Date | null;
  assistanceEndedAt: Date | null;
  lastContactAt: Date;
}

const CLOSED: PathwayState[] = ['closed', 'closed_certified'];

function status(dueAt: Date, met: boolean, now: Date, limits: DeadlineLimits): { status: DeadlineStatus; daysLeft: number } {
  const daysLeft = differenceInCalendarDays(dueAt, now);
  if (met) return { status: 'met', daysLeft };
  if (now.getTime() > dueAt.getTime()) return { status: 'overdue', daysLeft };
  return { status: daysLeft <= limits.dueSoonDays ? 'due_soon' : 'upcoming', daysLeft };
}

/** Every deadline that applies to the pathway now, soonest first. */
export function computeDeadlines(f: PathwayFacts, limits: DeadlineLimits, now: Date): Deadline[] {
  const out: Deadline[] = [];
  const closed = CLOSED.includes(f.state);
  const push = (kind: DeadlineKind, label: string, dueAt: Date, met: boolean) => out.push({ kind, label, dueAt, ...status(dueAt, met, now, limits) });

  if (f.faisabiliteFiledAt) {
    push(
      'recevabilite_answer',
      'Réponse du certificateur sur la recevabilité',
      addMonths(f.faisabiliteFiledAt, limits.recevabiliteAnswerMonths),
      f.recevabiliteDecidedAt !== null || f.state !== 'faisabilite_filed',
    );
  }
  if (f.accompanimentRequestedAt) {
    push('accompaniment_answer', 'Réponse à la demande d’accompagnement', addDays(f.accompanimentRequestedAt, limits.accompanimentAnswerDays), f.accompanimentAnsweredAt !== null);
  }
  if (f.assistanceStartedAt) {
    push('assistance_end', 'Fin de l’assistance renforcée (durée maximale)', addYears(f.assistanceStartedAt, limits.assistanceMaxYears), f.assistanceEndedAt !== null || closed);
  }
  push('pathway_end', 'Fin du parcours (durée maximale)', addYears(f.startedAt, limits.pathwayMaxYears), closed);
  if (!closed) push('inactivity', 'Sans contact avec le candidat', addDays(f.lastContactAt, limits.inactivityDays), false);
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

export function overdue(deadlines: Deadline[]): Deadline[] {
  return deadlines.filter((d) => d.status === 'overdue');
}
