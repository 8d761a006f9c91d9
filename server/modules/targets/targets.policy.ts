import type { Role } from '../../../common/organisations';
import { AppError } from '../../lib/errors';
import { organisationIdsOf } from '../../lib/policy';
import type { Principal } from '../../lib/principal';

/**
 * Deny by default. The commanditaire's people write its agreements; the directors of the
 * groupement's structures agree on the split; those structures' directors and référents smooth the
 * plan (seed 004: the référent "lisse les objectifs sur l'année") and read the agreement.
 */
export const COMMANDITAIRE_ROLES: Role[] = ['funder_analyst', 'admin'];
export const STRUCTURE_READERS: Role[] = ['director', 'referent'];
export const TARGET_ROLES: Role[] = [...COMMANDITAIRE_ROLES, ...STRUCTURE_READERS];

export interface AgreementAccessFacts {
  commanditaireId: string;
  structureIds: readonly string[];
}

const isAdmin = (p: Principal) => p.type === 'user' && p.user.isPlatformAdmin;
const actsFor = (p: Principal, orgId: string, roles: readonly Role[]) => organisationIdsOf(p, roles).includes(orgId);
const actsForAny = (p: Principal, orgIds: readonly string[], roles: readonly Role[]) => orgIds.some((id) => actsFor(p, id, roles));

export function canEditAgreement(p: Principal, a: AgreementAccessFacts): boolean {
  return isAdmin(p) || actsFor(p, a.commanditaireId, COMMANDITAIRE_ROLES);
}
export function canReadAgreement(p: Principal, a: AgreementAccessFacts): boolean {
  return canEditAgreement(p, a) || actsForAny(p, a.structureIds, STRUCTURE_READERS);
}
export function canSplit(p: Principal, a: AgreementAccessFacts): boolean {
  return isAdmin(p) || actsForAny(p, a.structureIds, ['director']);
}
export function canPlan(p: Principal, a: AgreementAccessFacts): boolean {
  return canEditAgreement(p, a) || actsForAny(p, a.structureIds, STRUCTURE_READERS);
}

export function assertAgreement(allowed: boolean): void {
  if (!allowed) throw new AppError('FORBIDDEN');
}

/** The organisation a reader lists agreements for must be theirs, as commanditaire or as structure. */
export function assertListsFor(p: Principal, organisationId: string): void {
  if (isAdmin(p) || actsFor(p, organisationId, TARGET_ROLES)) return;
  throw new AppError('FORBIDDEN');
}
