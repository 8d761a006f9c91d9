import { describe, expect, it } from 'vitest';
import type { Agreement } from './types';
import { agreementStatusText, comparisonSummaryText, currentAgreement, pathwayIsClosed, referentMemberships, referentMembershipsOn } from './assistance-format';

describe('agreementStatusText', () => {
  it('says the agreement is waiting for the candidate', () => {
    expect(agreementStatusText({ acceptedAt: null, acceptedVia: null, acceptedSignatureName: null })).toBe('en attente de l’accord du candidat');
  });

  it('says how the candidate agreed', () => {
    expect(agreementStatusText({ acceptedAt: '2026-01-15T10:00:00Z', acceptedVia: 'account', acceptedSignatureName: null })).toMatch(/^accepté le .*2026 \(depuis son compte\)$/);
    expect(agreementStatusText({ acceptedAt: '2026-01-15T10:00:00Z', acceptedVia: 'on_screen', acceptedSignatureName: 'Awa Diallo' })).toMatch(/\(signé sur place par Awa Diallo\)$/);
  });
});

describe('currentAgreement', () => {
  it('finds the current version or nothing', () => {
    const version = (id: string, current: boolean): Agreement => ({
      id,
      version: current ? 2 : 1,
      createdAt: '2026-01-10T09:00:00Z',
      sha256: 'a'.repeat(64),
      nextAppointmentAt: '2026-02-01T09:00:00Z',
      objectives: ['Déposer le livret 2'],
      durationMonths: 12,
      candidateCommitments: [],
      acceptedAt: null,
      acceptedVia: null,
      acceptedSignatureName: null,
      current,
    });
    expect(currentAgreement({ agreements: [version('a', false), version('b', true)] })?.id).toBe('b');
    expect(currentAgreement({ agreements: [] })).toBeNull();
  });
});

describe('referentMemberships', () => {
  it('keeps the référent memberships only', () => {
    const memberships = [
      { id: '1', organisationId: 'o1', organisationName: 'PAC', organisationKind: 'counselling_structure', role: 'referent' },
      { id: '2', organisationId: 'o2', organisationName: 'Greta', organisationKind: 'accompaniment_organisation', role: 'accompagnateur' },
    ] as const;
    expect(referentMemberships({ memberships: [...memberships] }).map((m) => m.id)).toEqual(['1']);
  });

  it('keeps only the structures that are référent of the pathway', () => {
    const memberships = [
      { id: '1', organisationId: 'o1', organisationName: 'PAC 69', organisationKind: 'counselling_structure', role: 'referent' },
      { id: '3', organisationId: 'o3', organisationName: 'PAC 01', organisationKind: 'counselling_structure', role: 'referent' },
    ] as const;
    const actors = [
      { organisationId: 'o1', role: 'accompagnateur' },
      { organisationId: 'o3', role: 'referent' },
    ];
    expect(referentMembershipsOn({ memberships: [...memberships] }, actors).map((m) => m.id)).toEqual(['3']);
    expect(referentMembershipsOn({ memberships: [...memberships] }, []).length).toBe(0);
  });
});

describe('pathwayIsClosed', () => {
  it('tells the closed states apart', () => {
    expect(['closed', 'closed_certified', 'recevable'].map(pathwayIsClosed)).toEqual([true, true, false]);
  });
});

describe('comparisonSummaryText', () => {
  it('counts each kind of change in words', () => {
    expect(comparisonSummaryText({ improved: 2, worsened: 0, unchanged: 1, stillMissing: 3 })).toBe('2 conditions en progrès, 0 en recul, 1 inchangée, 3 encore manquantes');
  });
});
