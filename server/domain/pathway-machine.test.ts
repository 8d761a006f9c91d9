import { describe, expect, it } from 'vitest';
import { PATHWAY_STATES, type PathwayState } from '../../common/pathway';
import { AppError } from '../lib/errors';
import {
  applyTransition,
  availableTransitions,
  remainingBlocs,
  TRANSITION_RULES,
  type PathwayActorRole,
  type PathwaySnapshot,
  type TransitionInput,
  type TransitionType,
} from './pathway-machine';

const NOW = new Date('2026-06-15T10:00:00Z');
const PAST = new Date('2026-06-10T09:00:00Z');
const FUTURE = new Date('2026-07-01T09:00:00Z');
const BLOCS = ['RNCP37274BC01', 'RNCP37274BC02', 'RNCP37274BC03'];
const ROLES: PathwayActorRole[] = ['candidate', 'referent', 'accompagnateur', 'conseiller', 'certificateur_agent'];

function snapshot(state: PathwayState, over: Partial<PathwaySnapshot> = {}): PathwaySnapshot {
  return { state, cycle: 1, targetedBlocs: BLOCS, acquiredBlocs: [], jury: state === 'jury_scheduled' ? { date: PAST, place: 'DREETS Caen', format: 'presentiel' } : null, lastJuryOverall: null, ...over };
}

/** A valid input for each transition, used to test roles and states independently of data. */
const VALID: Record<TransitionType, TransitionInput> = {
  start_faisabilite: { type: 'start_faisabilite' },
  file_faisabilite: { type: 'file_faisabilite', hasLivret1: true },
  declare_recevable: { type: 'declare_recevable', decidedOn: PAST },
  declare_non_recevable: { type: 'declare_non_recevable', reasons: 'Expérience sans rapport avec le référentiel' },
  declare_incomplete: { type: 'declare_incomplete', missing: 'Attestations employeur' },
  restart_faisabilite: { type: 'restart_faisabilite' },
  start_validation: { type: 'start_validation' },
  file_validation: { type: 'file_validation', hasLivret2: true },
  schedule_jury: { type: 'schedule_jury', date: FUTURE, place: 'Centre AFPA Hérouville', format: 'presentiel', convocationSent: true },
  record_jury_result: { type: 'record_jury_result', attendance: 'present', blocs: BLOCS.map((code) => ({ code, validated: true })) },
  hold_post_jury_interview: { type: 'hold_post_jury_interview', heldOn: PAST, summary: 'Analyse du résultat' },
  start_new_cycle: { type: 'start_new_cycle' },
  obtain_certification: { type: 'obtain_certification' },
  close: { type: 'close', reason: 'abandon', details: 'Raisons personnelles' },
};

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

describe('every transition, allowed and refused, by role and state', () => {
  const cases: [TransitionType, PathwayState, PathwayActorRole][] = [];
  for (const t of Object.keys(TRANSITION_RULES) as TransitionType[]) for (const st of PATHWAY_STATES) for (const r of ROLES) cases.push([t, st, r]);

  it.each(cases)('%s from %s by %s', (type, state, role) => {
    const rule = TRANSITION_RULES[type];
    // Post-jury snapshots must be consistent with the transition's guard on remaining blocs.
    const over = type === 'obtain_certification' ? { acquiredBlocs: BLOCS } : type === 'start_new_cycle' ? { acquiredBlocs: BLOCS.slice(0, 2) } : {};
    // Abandon is a candidate's or a counsellor's word; a certificateur closes on an expiry.
    const input: TransitionInput = type === 'close' && role === 'certificateur_agent' ? { type: 'close', reason: 'recevabilite_expired', details: 'Délai dépassé' } : VALID[type];
    const code = codeOf(() => applyTransition(snapshot(state, over), input, role, NOW));
    if (!rule.roles.includes(role)) expect(code).toBe('ROLE_NOT_ALLOWED');
    else if (!rule.from.includes(state)) expect(code).toBe('TRANSITION_NOT_ALLOWED');
    else expect(code).toBeNull();
  });

  it('closed pathways accept no transition at all', () => {
    for (const state of ['closed', 'closed_certified'] as const) {
      for (const role of ROLES) expect(availableTransitions(snapshot(state), role)).toEqual([]);
    }
  });
});

describe('required data', () => {
  it('filing needs the Livret itself', () => {
    expect(codeOf(() => applyTransition(snapshot('faisabilite_preparation'), { type: 'file_faisabilite', hasLivret1: false }, 'candidate', NOW))).toBe('MISSING_DATA');
    expect(codeOf(() => applyTransition(snapshot('validation_writing'), { type: 'file_validation', hasLivret2: false }, 'candidate', NOW))).toBe('MISSING_DATA');
  });
  it('non-recevable needs reasons; incomplete goes back to preparation with the missing items', () => {
    expect(codeOf(() => applyTransition(snapshot('faisabilite_filed'), { type: 'declare_non_recevable', reasons: '  ' }, 'certificateur_agent', NOW))).toBe('MISSING_DATA');
    expect(applyTransition(snapshot('faisabilite_filed'), VALID.declare_incomplete, 'certificateur_agent', NOW).state).toBe('faisabilite_preparation');
  });
  it('a jury is scheduled in the future with a place', () => {
    expect(codeOf(() => applyTransition(snapshot('validation_filed'), { ...VALID.schedule_jury, date: PAST } as TransitionInput, 'certificateur_agent', NOW))).toBe('MISSING_DATA');
    expect(codeOf(() => applyTransition(snapshot('validation_filed'), { ...VALID.schedule_jury, place: '' } as TransitionInput, 'certificateur_agent', NOW))).toBe('MISSING_DATA');
  });
  it('a closure reason must match the role', () => {
    expect(codeOf(() => applyTransition(snapshot('recevable'), { type: 'close', reason: 'recevabilite_expired', details: 'Délai dépassé' }, 'candidate', NOW))).toBe('ROLE_NOT_ALLOWED');
    expect(applyTransition(snapshot('recevable'), { type: 'close', reason: 'recevabilite_expired', details: 'Délai dépassé' }, 'certificateur_agent', NOW).state).toBe('closed');
  });
});

describe('jury results per bloc', () => {
  const scheduled = snapshot('jury_scheduled', { jury: { date: new Date('2026-06-15T09:00:00Z'), place: 'Caen', format: 'presentiel' } });

  it('is refused before the session', () => {
    const early = new Date('2026-06-15T08:59:00Z');
    expect(codeOf(() => applyTransition(scheduled, VALID.record_jury_result, 'certificateur_agent', early))).toBe('JURY_RESULT_TOO_EARLY');
  });
  it('refuses blocs not presented, duplicates and missing ones', () => {
    const withForeign: TransitionInput = { type: 'record_jury_result', attendance: 'present', blocs: [...BLOCS.map((code) => ({ code, validated: true })), { code: 'RNCP99999BC01', validated: true }] };
    expect(codeOf(() => applyTransition(scheduled, withForeign, 'certificateur_agent', NOW))).toBe('BLOC_NOT_TARGETED');
    const missing: TransitionInput = { type: 'record_jury_result', attendance: 'present', blocs: [{ code: BLOCS[0] ?? '', validated: true }] };
    expect(codeOf(() => applyTransition(scheduled, missing, 'certificateur_agent', NOW))).toBe('MISSING_DATA');
  });
  it('computes total, partial and none', () => {
    const with_ = (v: boolean[]) => ({ type: 'record_jury_result' as const, attendance: 'present' as const, blocs: BLOCS.map((code, i) => ({ code, validated: v[i] ?? false })) });
    expect(applyTransition(scheduled, with_([true, true, true]), 'certificateur_agent', NOW).lastJuryOverall).toBe('total');
    expect(applyTransition(scheduled, with_([true, true, false]), 'certificateur_agent', NOW).lastJuryOverall).toBe('partial');
    expect(applyTransition(scheduled, with_([false, false, false]), 'certificateur_agent', NOW).lastJuryOverall).toBe('none');
  });
  it('an absent candidate gets no validation; an excused one waits for a new jury date', () => {
    const absent = applyTransition(scheduled, { type: 'record_jury_result', attendance: 'absent', blocs: [] }, 'certificateur_agent', NOW);
    expect(absent).toMatchObject({ state: 'jury_result_entered', lastJuryOverall: 'none', acquiredBlocs: [] });
    const excused = applyTransition(scheduled, { type: 'record_jury_result', attendance: 'excused', blocs: [] }, 'certificateur_agent', NOW);
    expect(excused).toMatchObject({ state: 'validation_filed', jury: null, cycle: 1 });
  });
});

describe('the RNCP37274 journey: partial validation, then a second jury on bloc 3 only', () => {
  it('carries acquired blocs across cycles until the certification is obtained', () => {
    let s = snapshot('information');
    let now = new Date('2026-01-05T09:00:00Z');
    const step = (input: TransitionInput, role: PathwayActorRole) => (s = applyTransition(s, input, role, now));
    step({ type: 'start_faisabilite' }, 'candidate');
    step({ type: 'file_faisabilite', hasLivret1: true }, 'candidate');
    now = new Date('2026-02-20T09:00:00Z');
    step({ type: 'declare_recevable', decidedOn: now }, 'certificateur_agent');
    step({ type: 'start_validation' }, 'candidate');
    step({ type: 'file_validation', hasLivret2: true }, 'candidate');
    step({ type: 'schedule_jury', date: new Date('2026-05-12T08:00:00Z'), place: 'Caen', format: 'presentiel', convocationSent: true }, 'certificateur_agent');
    now = new Date('2026-05-12T12:00:00Z');
    step({ type: 'record_jury_result', attendance: 'present', blocs: [
      { code: 'RNCP37274BC01', validated: true },
      { code: 'RNCP37274BC02', validated: true },
      { code: 'RNCP37274BC03', validated: false, preconisations: 'Expérience de prospection employeurs à compléter' },
    ] }, 'certificateur_agent');
    expect(s.lastJuryOverall).toBe('partial');
    expect(remainingBlocs(s)).toEqual(['RNCP37274BC03']);
    step({ type: 'hold_post_jury_interview', heldOn: now, summary: 'Plan : 3 mois de prospection' }, 'referent');
    expect(availableTransitions(s, 'referent')).toContain('start_new_cycle');
    expect(availableTransitions(s, 'referent')).not.toContain('obtain_certification');
    step({ type: 'start_new_cycle' }, 'referent');
    expect(s).toMatchObject({ state: 'validation_writing', cycle: 2 });
    step({ type: 'file_validation', hasLivret2: true }, 'candidate');
    step({ type: 'schedule_jury', date: new Date('2026-10-06T08:00:00Z'), place: 'Caen', format: 'distanciel', convocationSent: true }, 'certificateur_agent');
    now = new Date('2026-10-06T15:00:00Z');
    expect(codeOf(() => applyTransition(s, { type: 'record_jury_result', attendance: 'present', blocs: [{ code: 'RNCP37274BC01', validated: true }, { code: 'RNCP37274BC03', validated: true }] }, 'certificateur_agent', now))).toBe('BLOC_NOT_TARGETED');
    step({ type: 'record_jury_result', attendance: 'present', blocs: [{ code: 'RNCP37274BC03', validated: true }] }, 'certificateur_agent');
    expect(s.lastJuryOverall).toBe('total');
    step({ type: 'hold_post_jury_interview', heldOn: now, summary: 'Validation totale' }, 'accompagnateur');
    step({ type: 'obtain_certification' }, 'referent');
    expect(s).toMatchObject({ state: 'closed_certified', acquiredBlocs: BLOCS });
  });
});
