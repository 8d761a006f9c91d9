import { z } from 'zod';
import { ASSISTANCE_PHASE_LABELS, type AssistancePhase, type RiskLevel } from '../../../common/assistance';

/**
 * Signals that a candidate in assistance renforcée may drop out, for the référent's attention.
 * Each signal adds its weight to a score; the level follows from the score:
 *
 * | reason                    | appears when                                                   | weight            |
 * |---------------------------|----------------------------------------------------------------|-------------------|
 * | no_contact                | more than `inactivityDays` full days since the last contact     | 3                 |
 * | missed_appointments       | at least one appointment missed in the last 90 days             | 1 each, at most 3 |
 * | overdue_commitments       | at least one commitment of the candidate past its date          | 1 each, at most 3 |
 * | overdue_supports          | at least one planned support past its date                      | 1                 |
 * | phase_stalling            | more full days in the phase than its usual length               | 2                 |
 * | deadline_near             | next deadline not passed and at most `deadlineWarningDays` away | 1                 |
 * | deadline_passed           | next deadline passed                                            | 2                 |
 * | partial_without_plan      | partial validation and no plan for what follows                 | 3                 |
 * | important_conditions_late | important conditions missing, assistance older than `lateInPathwayDays` | 2         |
 *
 * Level: high from 5 (two strong signals, e.g. no contact and no plan after a partial validation),
 * medium from 2, low below. Supports overdue weigh less: the delay is the network's, not the candidate's.
 */
export const RISK_WEIGHTS = {
  no_contact: 3,
  missed_appointment: 1,
  overdue_commitment: 1,
  countCap: 3,
  overdue_supports: 1,
  phase_stalling: 2,
  deadline_near: 1,
  deadline_passed: 2,
  partial_without_plan: 3,
  important_conditions_late: 2,
} as const;
export const RISK_LEVEL_THRESHOLDS = { high: 5, medium: 2 } as const;

export const ZRiskLimits = z.strictObject({
  /** Without any contact for longer than this, the candidate may be drifting away. */
  inactivityDays: z.number().int().min(7).max(365),
  /** How long a phase usually lasts; staying longer is a sign of a stall. */
  usualPhaseDays: z.strictObject({
    before_recevabilite: z.number().int().min(1).max(1825),
    recevabilite_to_jury: z.number().int().min(1).max(1825),
    after_jury: z.number().int().min(1).max(1825),
  }),
  /** A deadline closer than this is a reason for attention. */
  deadlineWarningDays: z.number().int().min(1).max(90),
  /** After this long in assistance renforcée, important conditions should no longer be missing. */
  lateInPathwayDays: z.number().int().min(1).max(730),
});
export type RiskLimits = z.infer<typeof ZRiskLimits>;

/**
 * Defaults: the 45 days of inactivity and 14 days of warning of the deadline engine; a faisabilité
 * phase of about four months (preparation plus the certificateur's two months), a year to write the
 * dossier de validation and reach the jury, three months to settle what follows the jury; six months
 * (a quarter of the two years of assistance) to bring the important conditions together.
 */
export const DEFAULT_RISK_LIMITS: RiskLimits = {
  inactivityDays: 45,
  usualPhaseDays: { before_recevabilite: 120, recevabilite_to_jury: 365, after_jury: 90 },
  deadlineWarningDays: 14,
  lateInPathwayDays: 180,
};

export interface DropoutFacts {
  lastContactAt: Date;
  /** In the last 90 days. */
  missedAppointments: number;
  overdueCommitments: number;
  overdueSupports: number;
  phase: AssistancePhase;
  phaseStartedAt: Date;
  nextDeadline: { label: string; dueAt: Date } | null;
  partialValidationWithoutPlan: boolean;
  missingImportantConditions: number;
  assistanceStartedAt: Date;
}

export type RiskReasonCode =
  | 'no_contact'
  | 'missed_appointments'
  | 'overdue_commitments'
  | 'overdue_supports'
  | 'phase_stalling'
  | 'deadline_near'
  | 'deadline_passed'
  | 'partial_without_plan'
  | 'important_conditions_late';

export interface RiskReason {
  code: RiskReasonCode;
  /** Plain French, with the figures. */
  text: string;
  /** What the référent should do, in French. */
  action: string;
}

export interface DropoutRisk {
  level: RiskLevel;
  score: number;
  reasons: RiskReason[];
}

const DAY_MS = 86_400_000;
/** Whole days elapsed, independent of the server's time zone. */
const fullDaysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function riskLevelOf(score: number): RiskLevel {
  if (score >= RISK_LEVEL_THRESHOLDS.high) return 'high';
  if (score >= RISK_LEVEL_THRESHOLDS.medium) return 'medium';
  return 'low';
}

/** The candidate's risk of dropping out now, with every reason and what to do about it. */
export function assessDropoutRisk(facts: DropoutFacts, limits: RiskLimits, now: Date): DropoutRisk {
  const reasons: RiskReason[] = [];
  let score = 0;
  const add = (weight: number, reason: RiskReason) => {
    score += weight;
    reasons.push(reason);
  };
  const cap = (n: number) => Math.min(n, RISK_WEIGHTS.countCap);

  const silentDays = fullDaysBetween(facts.lastContactAt, now);
  if (silentDays > limits.inactivityDays) {
    add(RISK_WEIGHTS.no_contact, {
      code: 'no_contact',
      text: `Aucun contact depuis ${plural(silentDays, 'jour', 'jours')}`,
      action: 'Joindre le candidat (téléphone, courriel) et convenir d’un prochain rendez-vous.',
    });
  }
  if (facts.missedAppointments > 0) {
    add(cap(facts.missedAppointments) * RISK_WEIGHTS.missed_appointment, {
      code: 'missed_appointments',
      text: `${plural(facts.missedAppointments, 'rendez-vous manqué', 'rendez-vous manqués')} ces 90 derniers jours`,
      action: 'Comprendre avec le candidat ce qui l’empêche de venir et adapter les modalités (horaires, téléphone, lieu).',
    });
  }
  if (facts.overdueCommitments > 0) {
    add(cap(facts.overdueCommitments) * RISK_WEIGHTS.overdue_commitment, {
      code: 'overdue_commitments',
      text: `${plural(facts.overdueCommitments, 'engagement du candidat en retard', 'engagements du candidat en retard')}`,
      action: 'Faire le point sur les engagements en retard et fixer avec le candidat des échéances atteignables.',
    });
  }
  if (facts.overdueSupports > 0) {
    add(RISK_WEIGHTS.overdue_supports, {
      code: 'overdue_supports',
      text: `${plural(facts.overdueSupports, 'appui prévu en retard', 'appuis prévus en retard')}`,
      action: 'Relancer l’acteur qui porte l’appui, ou le replanifier avec le candidat.',
    });
  }
  const phaseDays = fullDaysBetween(facts.phaseStartedAt, now);
  const usual = limits.usualPhaseDays[facts.phase];
  if (phaseDays > usual) {
    add(RISK_WEIGHTS.phase_stalling, {
      code: 'phase_stalling',
      text: `Phase « ${ASSISTANCE_PHASE_LABELS[facts.phase]} » depuis ${plural(phaseDays, 'jour', 'jours')} (durée habituelle : ${plural(usual, 'jour', 'jours')})`,
      action: 'Identifier ce qui bloque l’avancée du parcours et revoir le plan d’appuis avec le candidat.',
    });
  }
  if (facts.nextDeadline) {
    const { label, dueAt } = facts.nextDeadline;
    if (now.getTime() > dueAt.getTime()) {
      const late = Math.max(1, fullDaysBetween(dueAt, now));
      add(RISK_WEIGHTS.deadline_passed, {
        code: 'deadline_passed',
        text: `Échéance « ${label} » dépassée depuis ${plural(late, 'jour', 'jours')}`,
        action: 'Vérifier avec le candidat et l’acteur concerné les conséquences du dépassement et la marche à suivre.',
      });
    } else {
      const daysLeft = Math.ceil((dueAt.getTime() - now.getTime()) / DAY_MS);
      if (daysLeft <= limits.deadlineWarningDays) {
        add(RISK_WEIGHTS.deadline_near, {
          code: 'deadline_near',
          text: `Échéance « ${label} » ${daysLeft === 0 ? 'aujourd’hui' : `dans ${plural(daysLeft, 'jour', 'jours')}`}`,
          action: 'Rappeler l’échéance au candidat et vérifier qu’il est prêt à la tenir.',
        });
      }
    }
  }
  if (facts.partialValidationWithoutPlan) {
    add(RISK_WEIGHTS.partial_without_plan, {
      code: 'partial_without_plan',
      text: 'Validation partielle sans suite de parcours définie',
      action: 'Expliquer les préconisations du jury et définir avec le candidat la poursuite du parcours (expérience complémentaire, formation…).',
    });
  }
  const assistanceDays = fullDaysBetween(facts.assistanceStartedAt, now);
  if (facts.missingImportantConditions > 0 && assistanceDays > limits.lateInPathwayDays) {
    add(RISK_WEIGHTS.important_conditions_late, {
      code: 'important_conditions_late',
      text: `${plural(facts.missingImportantConditions, 'condition importante encore manquante', 'conditions importantes encore manquantes')} après ${plural(assistanceDays, 'jour', 'jours')} d’assistance renforcée`,
      action: 'Réévaluer les conditions de réussite et mobiliser les appuis qui y répondent.',
    });
  }
  return { level: riskLevelOf(score), score, reasons };
}
