import type { Role } from '../../../common/organisations';
import type { ReportStatus } from '../../../common/reports';
import { AppError } from '../../lib/errors';
import { organisationIdsOf } from '../../lib/policy';
import type { Principal } from '../../lib/principal';

/**
 * Deny by default. A yearly report belongs to the structures answering for it (the structure, or
 * the groupement's members): their directors write, sign and send it, their référents read it.
 * The commanditaire reads it only once it is sent, and then only masked figures.
 */
export const REPORT_WRITERS: Role[] = ['director'];
export const REPORT_STRUCTURE_READERS: Role[] = ['director', 'referent'];
export const REPORT_FUNDERS: Role[] = ['funder_analyst', 'admin'];

export interface ReportAccessFacts {
  commanditaireId: string;
  structureIds: readonly string[];
  status: ReportStatus;
}

const isAdmin = (p: Principal) => p.type === 'user' && p.user.isPlatformAdmin;
const actsForAny = (p: Principal, ids: readonly string[], roles: readonly Role[]) => organisationIdsOf(p, roles).some((id) => ids.includes(id));

/** Whether the reader is one of the structures' people (sees exact figures) rather than the funder. */
export function isStructureReader(p: Principal, r: Pick<ReportAccessFacts, 'structureIds'>): boolean {
  return isAdmin(p) || actsForAny(p, r.structureIds, REPORT_STRUCTURE_READERS);
}
export function canWriteReport(p: Principal, r: Pick<ReportAccessFacts, 'structureIds'>): boolean {
  return actsForAny(p, r.structureIds, REPORT_WRITERS);
}
export function canReadReport(p: Principal, r: ReportAccessFacts): boolean {
  return isStructureReader(p, r) || (r.status === 'sent' && actsForAny(p, [r.commanditaireId], REPORT_FUNDERS));
}
export function assertReport(allowed: boolean): void {
  if (!allowed) throw new AppError('FORBIDDEN');
}
/** Listing reports for an organisation: one's own structure, or one's own commanditaire. */
export function assertListsReportsFor(p: Principal, organisationId: string): void {
  if (isAdmin(p) || actsForAny(p, [organisationId], [...REPORT_STRUCTURE_READERS, ...REPORT_FUNDERS])) return;
  throw new AppError('FORBIDDEN');
}
