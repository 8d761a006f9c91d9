/**
 * Turns the state of a transition form into the body of `POST /api/pathways/:id/transitions`.
 * Pure, so the rules the form checks before sending are unit-tested; the server stays the
 * authority and answers with field messages under the same names.
 */
import { CLOSURE_REASONS, JURY_ATTENDANCE, type ClosureReason, type JuryAttendance } from '../../../../common/pathway';
import { REQUIRED_MESSAGE } from '../../components/validation';
import type { TransitionBody } from './types';

export type BlocChoice = { validated: '' | 'yes' | 'no'; preconisations: string };

export interface TransitionDraft {
  decidedOn: string;
  reasons: string;
  missing: string;
  juryDay: string;
  juryTime: string;
  place: string;
  format: string;
  convocationSent: boolean;
  attendance: string;
  blocs: Record<string, BlocChoice>;
  heldOn: string;
  summary: string;
  reason: string;
  details: string;
}

export const EMPTY_DRAFT: TransitionDraft = {
  decidedOn: '',
  reasons: '',
  missing: '',
  juryDay: '',
  juryTime: '',
  place: '',
  format: '',
  convocationSent: false,
  attendance: '',
  blocs: {},
  heldOn: '',
  summary: '',
  reason: '',
  details: '',
};

export type BuildResult = { ok: true; body: TransitionBody } | { ok: false; errors: Record<string, string> };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The local day and time as an ISO date-time with the browser's offset ("2025-03-04T09:30:00+01:00"). */
export function localDateTimeWithOffset(day: string, time: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const offset = -new Date(year, month - 1, date, hours, minutes).getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  return `${day}T${time}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

function isAttendance(value: string): value is JuryAttendance {
  return (JURY_ATTENDANCE as readonly string[]).includes(value);
}

function isClosureReason(value: string): value is ClosureReason {
  return (CLOSURE_REASONS as readonly string[]).includes(value);
}

function fail(errors: Record<string, string | undefined>): BuildResult {
  const kept: Record<string, string> = {};
  for (const [name, message] of Object.entries(errors)) if (message) kept[name] = message;
  return { ok: false, errors: kept };
}

function required(value: string): string | undefined {
  return value.trim() === '' ? REQUIRED_MESSAGE : undefined;
}

function juryResult(draft: TransitionDraft, remainingBlocs: string[]): BuildResult {
  if (!isAttendance(draft.attendance)) return fail({ attendance: REQUIRED_MESSAGE });
  // An absent or excused candidate has no result per bloc: the server refuses any.
  if (draft.attendance !== 'present') return { ok: true, body: { type: 'record_jury_result', attendance: draft.attendance, blocs: [] } };
  const errors: Record<string, string> = {};
  const blocs = remainingBlocs.map((code) => {
    const choice = draft.blocs[code] ?? { validated: '', preconisations: '' };
    if (choice.validated === '') errors[`blocs.${code}`] = 'Indiquez si le bloc est validé.';
    const preconisations = choice.preconisations.trim();
    return { code, validated: choice.validated === 'yes', ...(preconisations ? { preconisations } : {}) };
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: { type: 'record_jury_result', attendance: draft.attendance, blocs } };
}

/** Validates the fields a transition needs and builds its body. Unknown types are refused. */
export function buildTransitionBody(type: string, draft: TransitionDraft, remainingBlocs: string[]): BuildResult {
  switch (type) {
    case 'start_faisabilite':
    case 'file_faisabilite':
    case 'restart_faisabilite':
    case 'start_validation':
    case 'file_validation':
    case 'start_new_cycle':
    case 'obtain_certification':
      return { ok: true, body: { type } };
    case 'declare_recevable':
      if (!DAY.test(draft.decidedOn)) return fail({ decidedOn: REQUIRED_MESSAGE });
      return { ok: true, body: { type, decidedOn: draft.decidedOn } };
    case 'declare_non_recevable':
      if (required(draft.reasons)) return fail({ reasons: REQUIRED_MESSAGE });
      return { ok: true, body: { type, reasons: draft.reasons.trim() } };
    case 'declare_incomplete':
      if (required(draft.missing)) return fail({ missing: REQUIRED_MESSAGE });
      return { ok: true, body: { type, missing: draft.missing.trim() } };
    case 'schedule_jury': {
      const format = draft.format === 'presentiel' || draft.format === 'distanciel' ? draft.format : null;
      const errors = {
        juryDay: DAY.test(draft.juryDay) ? undefined : REQUIRED_MESSAGE,
        juryTime: TIME.test(draft.juryTime) ? undefined : REQUIRED_MESSAGE,
        place: required(draft.place),
        format: format ? undefined : REQUIRED_MESSAGE,
      };
      if (Object.values(errors).some(Boolean) || !format) return fail(errors);
      const date = localDateTimeWithOffset(draft.juryDay, draft.juryTime);
      return { ok: true, body: { type, date, place: draft.place.trim(), format, convocationSent: draft.convocationSent } };
    }
    case 'record_jury_result':
      return juryResult(draft, remainingBlocs);
    case 'hold_post_jury_interview': {
      const errors = { heldOn: DAY.test(draft.heldOn) ? undefined : REQUIRED_MESSAGE, summary: required(draft.summary) };
      if (errors.heldOn || errors.summary) return fail(errors);
      return { ok: true, body: { type, heldOn: draft.heldOn, summary: draft.summary.trim() } };
    }
    case 'close': {
      // The details are optional for the server; only the reason is asked for.
      if (!isClosureReason(draft.reason)) return fail({ reason: REQUIRED_MESSAGE });
      return { ok: true, body: { type, reason: draft.reason, details: draft.details.trim() } };
    }
    default:
      return fail({ type: 'Cette étape n’est pas encore proposée par l’application.' });
  }
}
