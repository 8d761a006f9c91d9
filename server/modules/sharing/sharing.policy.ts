import type { DocumentKind, PathwayActorKind } from '../../../common/candidates';
import type { Role } from '../../../common/organisations';
import type { AccessVia, ShareScope } from '../../../common/sharing';
import { AppError } from '../../lib/errors';
import type { Principal } from '../../lib/principal';
import { actingActors, canOnPathway, isCandidateOf, isPlatformAdmin, type PathwayAccessFacts } from '../pathways/pathways.policy';

/**
 * Who reads which part of a candidate's file (issue 7, point 4). Being an actor on a pathway lets an
 * organisation see the pathway (its state, deadlines, actors); the parts below are closed unless:
 *
 * 1. the reader is the candidate, or a platform administrator (who reads everything, logged);
 * 2. the part is needed for the organisation's role in the process (functional access):
 *    - the référent's structure writes the livret: it reads the livret, every document and every
 *      meeting report of the pathway;
 *    - the certificateur instructs the file: it reads the Livret 1, the Livret 2 and the documents of
 *      the instruction (recevabilité, convocation, jury decision);
 *    - the accompagnateur helps write the Livret 2 and prepare the jury: it reads those two;
 *    - an organisation reads back the documents it uploaded and the reports of the appointments it held;
 * 3. or the candidate granted the organisation that scope, and the grant is not withdrawn.
 *
 * A person reads for an organisation with the membership role matching its actor role, or as its
 * director (who oversees without acting). Everything else is refused.
 */

export interface ShareFacts {
  pathway: PathwayAccessFacts;
  /** Active grants only: a withdrawn grant is not loaded, so it denies at once. */
  grants: readonly { organisationId: string; scopes: readonly ShareScope[] }[];
}

/** What is known of the item read, for the functional rules that depend on it. */
export interface PartItem {
  documentKind?: DocumentKind;
  /** The organisation that uploaded the document, or that held the appointment of the report. */
  ownerOrganisationId?: string | null;
}

export type PartAccess = { allowed: false } | { allowed: true; via: AccessVia | 'candidate'; organisationId: string | null };

const INSTRUCTION_DOCUMENTS: readonly DocumentKind[] = ['livret1', 'livret2', 'recevabilite_letter', 'convocation', 'jury_decision'];
const ACCOMPANIMENT_DOCUMENTS: readonly DocumentKind[] = ['livret2', 'convocation'];

/** The functional rule, per actor role: does the process need this organisation to read this part? */
export function functionallyNeeded(role: PathwayActorKind, part: ShareScope, item: PartItem = {}): boolean {
  if (role === 'referent') return true;
  if (part !== 'documents' || !item.documentKind) return false;
  if (role === 'certificateur_agent') return INSTRUCTION_DOCUMENTS.includes(item.documentKind);
  if (role === 'accompagnateur') return ACCOMPANIMENT_DOCUMENTS.includes(item.documentKind);
  return false;
}

const OVERSEEING: readonly Role[] = ['director'];

/** The actor rows the principal reads through: those they act for, and those of an organisation they direct. */
export function readingActors(principal: Principal, facts: PathwayAccessFacts): { organisationId: string; role: PathwayActorKind }[] {
  const acting = actingActors(principal, facts);
  const memberships = principal.type === 'api_token' ? [{ organisationId: principal.organisationId, role: principal.role }] : principal.memberships;
  const overseen = facts.actors.filter((a) => memberships.some((m) => m.organisationId === a.organisationId && OVERSEEING.includes(m.role)));
  return [...acting, ...overseen.filter((o) => !acting.some((a) => a.organisationId === o.organisationId && a.role === o.role))];
}

export function accessToPart(principal: Principal, facts: ShareFacts, part: ShareScope, item: PartItem = {}): PartAccess {
  if (isCandidateOf(principal, facts.pathway)) return { allowed: true, via: 'candidate', organisationId: null };
  if (isPlatformAdmin(principal)) return { allowed: true, via: 'admin', organisationId: null };
  if (!canOnPathway(principal, facts.pathway, 'view')) return { allowed: false };
  const actors = readingActors(principal, facts.pathway);
  const functional = actors.find((a) => functionallyNeeded(a.role, part, item) || (item.ownerOrganisationId != null && a.organisationId === item.ownerOrganisationId));
  if (functional) return { allowed: true, via: 'role', organisationId: functional.organisationId };
  const granted = actors.find((a) => facts.grants.some((g) => g.organisationId === a.organisationId && g.scopes.includes(part)));
  if (granted) return { allowed: true, via: 'grant', organisationId: granted.organisationId };
  return { allowed: false };
}

export function assertAccessToPart(principal: Principal, facts: ShareFacts, part: ShareScope, item: PartItem = {}): Exclude<PartAccess, { allowed: false }> {
  const access = accessToPart(principal, facts, part, item);
  if (!access.allowed) throw new AppError('FORBIDDEN', 'Le candidat ne vous a pas donné accès à cette partie de son dossier.');
  return access;
}
