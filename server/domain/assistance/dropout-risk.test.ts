import { addDays, addHours, addMilliseconds, subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { assessDropoutRisk, DEFAULT_RISK_LIMITS, riskLevelOf, ZRiskLimits, type DropoutFacts, type RiskReasonCode } from './dropout-risk';

const T = new Date('2026-03-02T09:00:00Z');

/** Facts that raise nothing at `now`: recent contact, a phase and an assistance just begun. */
const quiet = (now: Date): DropoutFacts => ({
  lastContactAt: subDays(now, 1),
  missedAppointments: 0,
  overdueCommitments: 0,
  overdueSupports: 0,
  phase: 'recevabilite_to_jury',
  phaseStartedAt: subDays(now, 1),
  nextDeadline: null,
  partialValidationWithoutPlan: false,
  missingImportantConditions: 0,
  assistanceStartedAt: subDays(now, 1),
});

const assess = (now: Date, facts: Partial<DropoutFacts>, limits = DEFAULT_RISK_LIMITS) => assessDropoutRisk({ ...quiet(now), ...facts }, limits, now);
const reason = (code: RiskReasonCode, now: Date, facts: Partial<DropoutFacts>, limits = DEFAULT_RISK_LIMITS) =>
  assess(now, facts, limits).reasons.find((r) => r.code === code);

describe('assessDropoutRisk', () => {
  it('a candidate with nothing to report is at low risk, with no reason', () => {
    expect(assess(T, {})).toEqual({ level: 'low', score: 0, reasons: [] });
  });

  it('no contact: appears only past the inactivity limit, with the number of days', () => {
    const facts = { lastContactAt: T };
    expect(reason('no_contact', addDays(T, 45), facts)).toBeUndefined();
    expect(reason('no_contact', addHours(addDays(T, 45), 23), facts)).toBeUndefined();
    expect(reason('no_contact', addDays(T, 46), facts)?.text).toBe('Aucun contact depuis 46 jours');
    expect(reason('no_contact', addDays(T, 52), facts)).toMatchObject({ text: 'Aucun contact depuis 52 jours', action: expect.stringContaining('Joindre le candidat') });
    // The limit is configuration.
    const relaxed = ZRiskLimits.parse({ ...DEFAULT_RISK_LIMITS, inactivityDays: 60 });
    expect(reason('no_contact', addDays(T, 52), facts, relaxed)).toBeUndefined();
  });

  it('missed appointments, overdue commitments and overdue supports: from the first one, with the count', () => {
    expect(reason('missed_appointments', T, { missedAppointments: 0 })).toBeUndefined();
    expect(reason('missed_appointments', T, { missedAppointments: 1 })?.text).toBe('1 rendez-vous manqué ces 90 derniers jours');
    expect(reason('missed_appointments', T, { missedAppointments: 2 })?.text).toBe('2 rendez-vous manqués ces 90 derniers jours');
    expect(reason('overdue_commitments', T, { overdueCommitments: 0 })).toBeUndefined();
    expect(reason('overdue_commitments', T, { overdueCommitments: 3 })?.text).toBe('3 engagements du candidat en retard');
    expect(reason('overdue_supports', T, { overdueSupports: 0 })).toBeUndefined();
    expect(reason('overdue_supports', T, { overdueSupports: 1 })?.text).toBe('1 appui prévu en retard');
  });

  it('counted signals weigh one each, up to three', () => {
    expect(assess(T, { missedAppointments: 2 }).score).toBe(2);
    expect(assess(T, { missedAppointments: 7 }).score).toBe(3);
    expect(assess(T, { overdueCommitments: 7 }).score).toBe(3);
    expect(assess(T, { overdueSupports: 7 }).score).toBe(1);
  });

  it('phase stalling: past the usual length of the current phase only', () => {
    const facts = { phaseStartedAt: T };
    expect(reason('phase_stalling', addDays(T, 365), facts)).toBeUndefined();
    expect(reason('phase_stalling', addDays(T, 366), facts)?.text).toBe(
      'Phase « Entre la recevabilité et le jury » depuis 366 jours (durée habituelle : 365 jours)',
    );
    expect(reason('phase_stalling', addDays(T, 120), { ...facts, phase: 'before_recevabilite' })).toBeUndefined();
    expect(reason('phase_stalling', addDays(T, 121), { ...facts, phase: 'before_recevabilite' })?.text).toContain('depuis 121 jours (durée habituelle : 120 jours)');
  });

  it('deadline: near within the warning days, then passed', () => {
    const facts = { nextDeadline: { label: 'Dépôt du dossier de validation', dueAt: T } };
    expect(assess(subDays(T, 15), facts).reasons).toEqual([]);
    expect(reason('deadline_near', subDays(T, 14), facts)?.text).toBe('Échéance « Dépôt du dossier de validation » dans 14 jours');
    expect(reason('deadline_near', T, facts)?.text).toBe('Échéance « Dépôt du dossier de validation » aujourd’hui');
    expect(reason('deadline_passed', T, facts)).toBeUndefined();
    const justAfter = assess(addMilliseconds(T, 1), facts);
    expect(justAfter.reasons.map((r) => r.code)).toEqual(['deadline_passed']);
    expect(reason('deadline_passed', addDays(T, 3), facts)?.text).toBe('Échéance « Dépôt du dossier de validation » dépassée depuis 3 jours');
    expect(assess(subDays(T, 14), facts).score).toBe(1);
    expect(justAfter.score).toBe(2);
  });

  it('partial validation with no plan after it', () => {
    expect(reason('partial_without_plan', T, { partialValidationWithoutPlan: false })).toBeUndefined();
    expect(reason('partial_without_plan', T, { partialValidationWithoutPlan: true })).toMatchObject({
      text: 'Validation partielle sans suite de parcours définie',
      action: expect.stringContaining('préconisations du jury'),
    });
  });

  it('important conditions still missing: only late in the pathway, and only if some are missing', () => {
    const facts = { assistanceStartedAt: T, missingImportantConditions: 2 };
    expect(reason('important_conditions_late', addDays(T, 180), facts)).toBeUndefined();
    expect(reason('important_conditions_late', addDays(T, 181), facts)?.text).toBe(
      '2 conditions importantes encore manquantes après 181 jours d’assistance renforcée',
    );
    expect(reason('important_conditions_late', addDays(T, 400), { ...facts, missingImportantConditions: 0 })).toBeUndefined();
  });

  it('level: low below 2, medium from 2, high from 5', () => {
    expect(assess(T, { overdueSupports: 1 })).toMatchObject({ score: 1, level: 'low' });
    expect(assess(T, { missedAppointments: 2 })).toMatchObject({ score: 2, level: 'medium' });
    expect(assess(T, { missedAppointments: 3, overdueSupports: 1 })).toMatchObject({ score: 4, level: 'medium' });
    const high = assess(addDays(T, 50), { lastContactAt: T, missedAppointments: 2 });
    expect(high).toMatchObject({ score: 5, level: 'high' });
    expect(high.reasons.map((r) => r.code)).toEqual(['no_contact', 'missed_appointments']);
    expect([0, 1, 2, 4, 5, 9].map(riskLevelOf)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
  });

  it('the risk grows as time passes with no news', () => {
    const facts = { lastContactAt: T, phaseStartedAt: T, assistanceStartedAt: T, missingImportantConditions: 1, partialValidationWithoutPlan: false };
    expect(assess(addDays(T, 30), facts).level).toBe('low');
    expect(assess(addDays(T, 46), facts).level).toBe('medium');
    expect(assess(addDays(T, 366), facts)).toMatchObject({ level: 'high', score: 7 });
  });

  it('refuses absurd limits', () => {
    expect(ZRiskLimits.safeParse(DEFAULT_RISK_LIMITS).success).toBe(true);
    expect(ZRiskLimits.safeParse({ ...DEFAULT_RISK_LIMITS, inactivityDays: 0 }).success).toBe(false);
    expect(ZRiskLimits.safeParse({ ...DEFAULT_RISK_LIMITS, usualPhaseDays: { before_recevabilite: 120 } }).success).toBe(false);
  });
});
