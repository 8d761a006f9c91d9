import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../../common/candidates';
import type { Role } from '../../../common/organisations';
import type { ShareScope } from '../../../common/sharing';
import type { Principal } from '../../lib/principal';
import { accessToPart, type ShareFacts } from './sharing.policy';

const STRUCTURE = 'org-structure';
const ACCOMPAGNEMENT = 'org-accompagnement';
const DAVA = 'org-dava';
const FUNDER = 'org-funder';
const OTHER_ACCOMPAGNEMENT = 'org-other-accompagnement';
const CANDIDATE_USER = 'user-candidate';

const pathway = {
  candidateUserId: CANDIDATE_USER,
  actors: [
    { organisationId: STRUCTURE, role: 'referent' as const },
    { organisationId: ACCOMPAGNEMENT, role: 'accompagnateur' as const },
    { organisationId: DAVA, role: 'certificateur_agent' as const },
    { organisationId: FUNDER, role: 'funder' as const },
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
const candidate = (id: string): Principal => ({ type: 'user', user: { id, email: 'c@exemple.test', displayName: 'C', kind: 'candidate', isPlatformAdmin: false }, memberships: [], sessionId: 's', csrfToken: 'c' });

const who: Record<string, Principal> = {
  candidate: candidate(CANDIDATE_USER),
  otherCandidate: candidate('user-other'),
  admin: pro([], true),
  referent: pro([[STRUCTURE, 'referent']]),
  structureDirector: pro([[STRUCTURE, 'director']]),
  accompagnateur: pro([[ACCOMPAGNEMENT, 'accompagnateur']]),
  otherAccompagnateur: pro([[OTHER_ACCOMPAGNEMENT, 'accompagnateur']]),
  certificateur: pro([[DAVA, 'certificateur_agent']]),
  funder: pro([[FUNDER, 'funder_analyst']]),
  funderToken: { type: 'api_token', tokenId: 't', organisationId: FUNDER, role: 'funder_analyst' },
  // A référent role in the accompagnement organisation is not the role it holds on this pathway.
  wrongRole: pro([[ACCOMPAGNEMENT, 'referent']]),
};

const readers = (facts: ShareFacts, part: ShareScope, documentKind?: DocumentKind) =>
  Object.entries(who)
    .filter(([, p]) => accessToPart(p, facts, part, documentKind ? { documentKind } : {}).allowed)
    .map(([name]) => name);

describe('accessToPart: functional access, then grants, deny otherwise', () => {
  const none: ShareFacts = { pathway, grants: [] };

  it('without a grant: the livret and the meeting reports to the candidate, the référent’s structure and administrators', () => {
    for (const part of ['livret', 'meeting_reports'] as const) expect(readers(none, part)).toEqual(['candidate', 'admin', 'referent', 'structureDirector']);
  });

  it('without a grant: documents by kind, as the instruction and the accompaniment need them', () => {
    expect(readers(none, 'documents', 'livret1')).toEqual(['candidate', 'admin', 'referent', 'structureDirector', 'certificateur']);
    expect(readers(none, 'documents', 'livret2')).toEqual(['candidate', 'admin', 'referent', 'structureDirector', 'accompagnateur', 'certificateur']);
    expect(readers(none, 'documents', 'proof')).toEqual(['candidate', 'admin', 'referent', 'structureDirector']);
  });

  it('a grant opens its scopes to the granted organisation’s members acting in its role, by session or token', () => {
    const granted: ShareFacts = { pathway, grants: [{ organisationId: FUNDER, scopes: ['livret', 'documents'] }] };
    expect(readers(granted, 'livret')).toEqual(['candidate', 'admin', 'referent', 'structureDirector', 'funder', 'funderToken']);
    expect(readers(granted, 'documents', 'proof')).toContain('funder');
    expect(readers(granted, 'meeting_reports')).not.toContain('funder');
  });

  it('a grant to an organisation does not reach a member holding another role there, nor another organisation of the same kind', () => {
    const granted: ShareFacts = { pathway, grants: [{ organisationId: ACCOMPAGNEMENT, scopes: ['livret'] }] };
    const names = readers(granted, 'livret');
    expect(names).toContain('accompagnateur');
    expect(names).not.toContain('wrongRole');
    expect(names).not.toContain('otherAccompagnateur');
  });

  it('an organisation reads back what it owns (its uploads, its appointments’ reports) and says through which organisation', () => {
    expect(accessToPart(who.accompagnateur as Principal, none, 'meeting_reports', { ownerOrganisationId: ACCOMPAGNEMENT })).toEqual({ allowed: true, via: 'role', organisationId: ACCOMPAGNEMENT });
    expect(accessToPart(who.accompagnateur as Principal, none, 'documents', { documentKind: 'proof', ownerOrganisationId: ACCOMPAGNEMENT }).allowed).toBe(true);
    expect(accessToPart(who.otherAccompagnateur as Principal, none, 'meeting_reports', { ownerOrganisationId: OTHER_ACCOMPAGNEMENT }).allowed).toBe(false);
  });
});
