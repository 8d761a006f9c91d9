/** French wording of the assistance data, for display only (never colour alone). */
import type { ConditionStatus, RiskLevel } from '../../../../common/assistance';
import type { Me } from '../../api/types';
import { formatDate, formatDateTime } from '../../labels';
import type { BadgeSeverity } from '../pathways/pathway-labels';
import type { Agreement, Assistance, Commitment, Comparison } from './types';

export const RISK_SEVERITY: Record<RiskLevel, BadgeSeverity> = { low: 'success', medium: 'warning', high: 'error' };

export const CONDITION_STATUS_SEVERITY: Record<ConditionStatus, BadgeSeverity> = { met: 'success', partly_met: 'warning', missing: 'error', not_assessed: 'info' };

export const COMMITMENT_STATUS_LABELS: Record<Commitment['status'], string> = { open: 'À tenir', met: 'Tenu', dropped: 'Abandonné' };

export const CHANGE_LABELS: Record<Comparison['rows'][number]['change'], string> = { improved: 'En progrès', worsened: 'En recul', unchanged: 'Inchangée' };

/** "accepté le … (depuis son compte)", "accepté le … (signé sur place par …)" or "en attente…". */
export function agreementStatusText(agreement: Pick<Agreement, 'acceptedAt' | 'acceptedVia' | 'acceptedSignatureName'>): string {
  if (!agreement.acceptedAt) return 'en attente de l’accord du candidat';
  const how = agreement.acceptedVia === 'on_screen' ? `signé sur place par ${agreement.acceptedSignatureName ?? 'le candidat'}` : 'depuis son compte';
  return `accepté le ${formatDate(agreement.acceptedAt)} (${how})`;
}

export function currentAgreement(assistance: Pick<Assistance, 'agreements'>): Agreement | null {
  return assistance.agreements.find((agreement) => agreement.current) ?? null;
}

export function agreementDocumentUrl(agreement: Pick<Agreement, 'id'>): string {
  return `/api/agreements/${encodeURIComponent(agreement.id)}/document`;
}

/** The memberships in which the person acts as référent de parcours. */
export function referentMemberships(me: Pick<Me, 'memberships'>): Me['memberships'] {
  return me.memberships.filter((membership) => membership.role === 'referent');
}

/** Those of them whose structure is référent of the pathway: the only ones that may start it. */
export function referentMembershipsOn(me: Pick<Me, 'memberships'>, actors: readonly { organisationId: string; role: string }[]): Me['memberships'] {
  return referentMemberships(me).filter((m) => actors.some((actor) => actor.organisationId === m.organisationId && actor.role === 'referent'));
}

/** A closed pathway takes no new assistance. */
export function pathwayIsClosed(state: string): boolean {
  return state === 'closed' || state === 'closed_certified';
}

export function assessmentTitle(assessment: { assessedAt: string }, index: number): string {
  return `Diagnostic n° ${index + 1} du ${formatDateTime(assessment.assessedAt)}`;
}

export function comparisonSummaryText(summary: Comparison['summary']): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;
  return [
    plural(summary.improved, 'condition en progrès', 'conditions en progrès'),
    plural(summary.worsened, 'en recul', 'en recul'),
    plural(summary.unchanged, 'inchangée', 'inchangées'),
    plural(summary.stillMissing, 'encore manquante', 'encore manquantes'),
  ].join(', ');
}
