import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { assertActsFor, enforcePolicy, policies } from './policy';
import type { Principal } from './principal';

const referent: Principal = {
  type: 'user',
  user: { id: 'u1', email: 'r@x.test', displayName: 'R', kind: 'professional', isPlatformAdmin: false },
  memberships: [{ id: 'm1', organisationId: 'org-a', organisationName: 'A', organisationKind: 'counselling_structure', role: 'referent' }],
  sessionId: 's',
  csrfToken: 'c',
};
const candidate: Principal = { ...referent, user: { ...referent.user, kind: 'candidate' }, memberships: [] };
const admin: Principal = { ...referent, user: { ...referent.user, isPlatformAdmin: true }, memberships: [] };
const token: Principal = { type: 'api_token', tokenId: 't', organisationId: 'org-b', role: 'funder_analyst' };

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof AppError ? err.code : 'OTHER';
  }
}

describe('enforcePolicy', () => {
  it('denies a route that declares no policy, even to an admin', () => {
    expect(codeOf(() => enforcePolicy(undefined, admin))).toBe('FORBIDDEN');
  });
  it('lets anyone through a public route', () => {
    expect(codeOf(() => enforcePolicy(policies.public(), null))).toBeNull();
  });
  it('asks for authentication before anything else', () => {
    expect(codeOf(() => enforcePolicy(policies.authenticated(), null))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => enforcePolicy(policies.roles('referent'), null))).toBe('UNAUTHENTICATED');
  });
  it('checks roles, platform admin and candidate kinds', () => {
    expect(codeOf(() => enforcePolicy(policies.roles('referent'), referent))).toBeNull();
    expect(codeOf(() => enforcePolicy(policies.roles('director'), referent))).toBe('FORBIDDEN');
    expect(codeOf(() => enforcePolicy(policies.roles('director'), admin))).toBeNull();
    expect(codeOf(() => enforcePolicy(policies.platformAdmin(), referent))).toBe('FORBIDDEN');
    expect(codeOf(() => enforcePolicy(policies.candidate(), referent))).toBe('FORBIDDEN');
    expect(codeOf(() => enforcePolicy(policies.candidate(), candidate))).toBeNull();
    expect(codeOf(() => enforcePolicy(policies.roles('funder_analyst'), token))).toBeNull();
    expect(codeOf(() => enforcePolicy(policies.platformAdmin(), token))).toBe('FORBIDDEN');
  });
});

describe('assertActsFor', () => {
  it('allows only the organisations of the principal, with the right role', () => {
    expect(codeOf(() => assertActsFor(referent, 'org-a'))).toBeNull();
    expect(codeOf(() => assertActsFor(referent, 'org-b'))).toBe('FORBIDDEN');
    expect(codeOf(() => assertActsFor(referent, 'org-a', ['director']))).toBe('FORBIDDEN');
    expect(codeOf(() => assertActsFor(token, 'org-b'))).toBeNull();
    expect(codeOf(() => assertActsFor(token, 'org-a'))).toBe('FORBIDDEN');
    expect(codeOf(() => assertActsFor(admin, 'anything'))).toBeNull();
  });
});
