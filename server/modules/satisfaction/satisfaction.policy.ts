import type { Role } from '../../../common/organisations';
import { AppError } from '../../lib/errors';
import { organisationIdsOf } from '../../lib/policy';
import type { Principal } from '../../lib/principal';
import { isPlatformAdmin } from '../pathways/pathways.policy';

/**
 * Satisfaction aggregates belong to the structure that asked: its directors and référents see
 * everything (means, distributions, comments). From outside (a funder of one of its pathways, a
 * platform administrator) counts are shown but small samples are masked. Complaints are seen only
 * by the candidate who filed them and by the organisation concerned.
 */
export const SUMMARY_INSIDERS: readonly Role[] = ['referent', 'director'];
export const SUMMARY_OUTSIDERS: readonly Role[] = ['funder_analyst'];
export const COMPLAINT_ROLES: readonly Role[] = ['referent', 'director', 'accompagnateur', 'conseiller'];
/** The pathway actor roles that may send the end-of-accompaniment questionnaire. */
export const SENDING_ACTOR_ROLES = ['referent', 'accompagnateur', 'conseiller'] as const;

export type SummaryView = 'inside' | 'outside';

/** `fundedBy` lists the principal's funder organisations that fund a pathway of this structure. */
export function summaryViewOf(principal: Principal, organisationId: string, fundedBy: readonly string[]): SummaryView {
  if (organisationIdsOf(principal, SUMMARY_INSIDERS).includes(organisationId)) return 'inside';
  if (isPlatformAdmin(principal)) return 'outside';
  if (organisationIdsOf(principal, SUMMARY_OUTSIDERS).some((id) => fundedBy.includes(id))) return 'outside';
  throw new AppError('FORBIDDEN');
}

export function assertWorksFor(principal: Principal, organisationId: string): void {
  if (!organisationIdsOf(principal, COMPLAINT_ROLES).includes(organisationId)) throw new AppError('FORBIDDEN');
}

/** Means are shown inside the structure whatever the count; outside, only from the threshold up. */
export function masksMean(view: SummaryView, count: number, threshold: number): boolean {
  return view === 'outside' && count < threshold;
}
