import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/organisations';
import type { Principal } from '../../lib/principal';
import { canOnCandidate, type CandidateAction, type CandidateAccessFacts } from '../candidates/candidates.policy';
import { canOnPathway, machineRolesOf, type PathwayAccessFacts, type PathwayAction } from './pathways.policy';

const STRUCTURE = 'org-structure';
const OTHER_STRUCTURE = 'org-other-structure';
const ACCOMPAGNEMENT = 'org-accompagnement';
const DAVA = 'org-dava';
const OTHER_DAVA = 'org-other-dava';
const FUNDER = 'org-funder';
const CANDIDATE_USER = 'user-candidate';

const facts: PathwayAccessFacts = {
  candidateUserId: CANDIDATE_USER,
  actors: [
    { organisationId: STRUCTURE, role: 'referent' },
    { organisationId: ACCOMPAGNEMENT, role: 'accompagnateur' },
    { organisationId: DAVA, role: 'certificateur_agent' },
    { organisationId: FUNDER, role: 'funder' },
  ],
};

function pro(memberships: [string, Role][], isPlatformAdmin = false): Principal {
  return {
    type: 'user',
    user: { id: 'user-pro', email: 'pro@exemple.test', displayName: 'Pro', kind: 'professional', isPlatformAdmin },
    memberships: memberships.map(([organisationId, role], i) => ({ id: `m${i}`, organisationId, organisationName: organisationId, organisationKind: 'counselling_structure', role })),
    sessionId: 's',
    csrfToken: 'c',
  };
}
function candidate(id: string): Principal {
  return { type: 'user', user: { id, email: 'c@exemple.test', displayName: 'C', kind: 'candidate', isPlatformAdmin: false }, memberships: [], sessionId: 's', csrfToken: 'c' };
}

const who: Record<string, Principal> = {
  candidate: candidate(CANDIDATE_USER),
  otherCandidate: candidate('user-other-candidate'),
  referent: pro([[STRUCTURE, 'referent']]),
  director: pro([[STRUCTURE, 'director']]),
  conseillerOfReferentOrg: pro([[STRUCTURE, 'conseiller']]),
  otherStructureReferent: pro([[OTHER_STRUCTURE, 'referent']]),
  accompagnateur: pro([[ACCOMPAGNEMENT, 'accompagnateur']]),
  certificateur: pro([[DAVA, 'certificateur_agent']]),
  otherCertificateur: pro([[OTHER_DAVA, 'certificateur_agent']]),
  funder: pro([[FUNDER, 'funder_analyst']]),
  admin: pro([], true),
  token: { type: 'api_token', tokenId: 't', organisationId: STRUCTURE, role: 'referent' },
  otherToken: { type: 'api_token', tokenId: 't2', organisationId: OTHER_STRUCTURE, role: 'referent' },
};

const ACTIONS: PathwayAction[] = ['view', 'transition', 'upload_document', 'add_actor', 'read_sensitive'];
/** The expected matrix: every cell is asserted, so a rule loosened anywhere fails here. */
const ALLOWED: Record<string, PathwayAction[]> = {
  candidate: ['view', 'transition', 'upload_document', 'read_sensitive'],
  otherCandidate: [],
  referent: ['view', 'transition', 'upload_document', 'add_actor', 'read_sensitive'],
  director: ['view'],
  // A member of an actor organisation with a role the organisation does not hold on the pathway.
  conseillerOfReferentOrg: [],
  otherStructureReferent: [],
  accompagnateur: ['view', 'transition', 'upload_document', 'add_actor', 'read_sensitive'],
  certificateur: ['view', 'transition', 'upload_document'],
  otherCertificateur: [],
  funder: ['view'],
  admin: ['view', 'add_actor'],
  token: ['view', 'transition', 'upload_document', 'add_actor', 'read_sensitive'],
  otherToken: [],
};

describe('pathway access matrix (deny by default)', () => {
  const cells = Object.keys(who).flatMap((name) => ACTIONS.map((action) => [name, action] as const));
  it.each(cells)('%s → %s', (name, action) => {
    const principal = who[name];
    if (!principal) throw new Error(name);
    expect(canOnPathway(principal, facts, action)).toBe((ALLOWED[name] ?? []).includes(action));
  });

  it('maps memberships to the machine roles', () => {
    expect(machineRolesOf(who.candidate as Principal, facts)).toEqual(['candidate']);
    expect(machineRolesOf(who.certificateur as Principal, facts)).toEqual(['certificateur_agent']);
    expect(machineRolesOf(who.funder as Principal, facts)).toEqual([]);
    expect(machineRolesOf(who.admin as Principal, facts)).toEqual([]);
    expect(machineRolesOf(pro([[STRUCTURE, 'referent'], [DAVA, 'certificateur_agent']]), facts).sort()).toEqual(['certificateur_agent', 'referent']);
  });

  it('a pathway without actors is seen by nobody but the candidate and the admin', () => {
    const bare: PathwayAccessFacts = { candidateUserId: CANDIDATE_USER, actors: [] };
    const seeing = Object.entries(who).filter(([, p]) => canOnPathway(p, bare, 'view')).map(([n]) => n);
    expect(seeing.sort()).toEqual(['admin', 'candidate']);
  });
});

describe('candidate file access', () => {
  const file: CandidateAccessFacts = { userId: CANDIDATE_USER, createdByOrganisationId: OTHER_STRUCTURE, pathways: [facts] };
  const CANDIDATE_ACTIONS: CandidateAction[] = ['view', 'edit', 'create_pathway', 'read_sensitive'];
  const EXPECTED: Record<string, CandidateAction[]> = {
    candidate: ['view', 'read_sensitive'],
    otherCandidate: [],
    referent: ['view', 'edit', 'create_pathway', 'read_sensitive'],
    director: ['view'],
    conseillerOfReferentOrg: [],
    // The creating organisation keeps the file, but not the sensitive part without a role on a pathway.
    otherStructureReferent: ['view', 'edit', 'create_pathway'],
    accompagnateur: ['view', 'edit', 'create_pathway', 'read_sensitive'],
    certificateur: ['view'],
    otherCertificateur: [],
    funder: ['view'],
    admin: ['view'],
    token: ['view', 'edit', 'create_pathway', 'read_sensitive'],
    otherToken: ['view', 'edit', 'create_pathway'],
  };
  const cells = Object.keys(who).flatMap((name) => CANDIDATE_ACTIONS.map((action) => [name, action] as const));
  it.each(cells)('%s → %s', (name, action) => {
    const principal = who[name];
    if (!principal) throw new Error(name);
    expect(canOnCandidate(principal, file, action)).toBe((EXPECTED[name] ?? []).includes(action));
  });
});
