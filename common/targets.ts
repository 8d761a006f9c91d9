/**
 * Funders' targets and dashboards (issue 8): the closed lists shared by the server and the web app.
 */

/** The two services a commanditaire funds and counts (seed 004: "services de conseil et d'assistance renforcée"). */
export const TARGET_SERVICES = ['conseil_vae', 'assistance_renforcee'] as const;
export type TargetService = (typeof TARGET_SERVICES)[number];
export const TARGET_SERVICE_LABELS: Record<TargetService, string> = {
  conseil_vae: 'Conseil VAE',
  assistance_renforcee: 'Assistance renforcée',
};

export const MONTH_LABELS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

/** Jury outcomes as the dashboards name them. */
export const JURY_OUTCOMES = ['total', 'partial', 'none'] as const;
export type JuryOutcome = (typeof JURY_OUTCOMES)[number];
export const JURY_OUTCOME_LABELS: Record<JuryOutcome, string> = { total: 'Validation totale', partial: 'Validation partielle', none: 'Aucune validation' };

/** The dashboard settings (settings key `dashboards`); every field has a default. */
export interface DashboardSettings {
  /** Aggregates below this count are masked for commanditaires and resource centres. */
  minCount: number;
  /** Default alert margin (percent behind the cumulative plan) of a new agreement. */
  alertMarginPct: number;
  /** Yearly working hours of one full-time professional (the base of the "a third of the time" rule). */
  workingHoursPerYear: number;
  /** Seed 004: at least two days a year of professional development. */
  minTrainingDays: number;
  /** Seed 004: at least a third of the working time on assistance renforcée. */
  minAssistanceShare: number;
}
export const DEFAULT_DASHBOARD_SETTINGS: DashboardSettings = { minCount: 5, alertMarginPct: 10, workingHoursPerYear: 1607, minTrainingDays: 2, minAssistanceShare: 1 / 3 };

/** A count a funder may see, or the mark that it was hidden because too few people are behind it. */
export type MaskedCount = { masked: true } | { masked: false; value: number };
