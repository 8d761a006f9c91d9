import type { Role } from '../../../common/organisations';
import { AppError } from '../../lib/errors';
import type { Principal } from '../../lib/principal';
import { canOnPathway, type PathwayAccessFacts } from '../pathways/pathways.policy';

/**
 * An appointment belongs to the structure that set it: its référents, accompagnateurs and
 * conseillers manage it, its direction reads it. Participants read it, and so does whoever may see
 * one of the pathways it serves (the candidate included, who reads the report).
 */
export interface AppointmentAccessFacts {
  organisationId: string;
  pathways: readonly PathwayAccessFacts[];
  participantUserIds: readonly string[];
}

export type AppointmentAction = 'view' | 'edit';

export const SCHEDULING_ROLES: readonly Role[] = ['referent', 'accompagnateur', 'conseiller'];
export const AGENDA_ROLES: readonly Role[] = [...SCHEDULING_ROLES, 'director'];

export function rolesIn(principal: Principal, organisationId: string): Role[] {
  if (principal.type === 'api_token') return principal.organisationId === organisationId ? [principal.role] : [];
  return principal.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role);
}

export function canOnAppointment(principal: Principal, facts: AppointmentAccessFacts, action: AppointmentAction): boolean {
  const roles = rolesIn(principal, facts.organisationId);
  const schedules = roles.some((r) => SCHEDULING_ROLES.includes(r));
  if (action === 'edit') return schedules;
  if (schedules || roles.includes('director')) return true;
  if (principal.type === 'user' && facts.participantUserIds.includes(principal.user.id)) return true;
  return facts.pathways.some((p) => canOnPathway(principal, p, 'view'));
}

export function assertCanOnAppointment(principal: Principal, facts: AppointmentAccessFacts, action: AppointmentAction): void {
  if (!canOnAppointment(principal, facts, action)) throw new AppError('FORBIDDEN');
}
