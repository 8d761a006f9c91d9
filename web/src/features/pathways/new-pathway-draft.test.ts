import { describe, expect, it } from 'vitest';
import { buildNewPathwayBodies, EMPTY_NEW_PATHWAY } from './new-pathway-draft';

const membership = { organisationId: '00000000-0000-4000-8000-000000000001', role: 'referent' as const };

describe('buildNewPathwayBodies', () => {
  it('asks for a candidate, a valid code and a funding route', () => {
    const result = buildNewPathwayBodies({ ...EMPTY_NEW_PATHWAY, certificationCode: 'abc' }, membership);
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['candidateId', 'certificationCode', 'fundingRoute']);
  });

  it('sends only the pathway for an existing candidate, all blocs when none was unticked', () => {
    const result = buildNewPathwayBodies({ ...EMPTY_NEW_PATHWAY, candidateId: 'c1', certificationCode: ' rncp 123 ', fundingRoute: 'cpf' }, membership);
    expect(result).toEqual({
      ok: true,
      candidate: null,
      pathway: { certificationCode: 'RNCP123', organisationId: membership.organisationId, role: 'referent', actors: [], fundingRoute: 'cpf', documentsLanguage: 'fr' },
    });
  });

  it('builds the candidate to create inline and keeps the chosen blocs', () => {
    const draft = { ...EMPTY_NEW_PATHWAY, candidateMode: 'new' as const, firstName: ' Ana ', lastName: 'Diaz', situation: 'job_seeker', departementCode: '69', certificationCode: 'RS42', blocCodes: ['B2'], fundingRoute: 'region' };
    const result = buildNewPathwayBodies(draft, membership);
    if (!result.ok) throw new Error('expected bodies');
    expect(result.candidate).toMatchObject({ organisationId: membership.organisationId, firstName: 'Ana', lastName: 'Diaz', email: null, situation: 'job_seeker', departementCode: '69' });
    expect(result.pathway.blocCodes).toEqual(['B2']);
  });

  it('refuses an empty bloc selection and a malformed email', () => {
    const draft = { ...EMPTY_NEW_PATHWAY, candidateMode: 'new' as const, firstName: 'A', lastName: 'B', email: 'nope', situation: 'carer', certificationCode: 'RS42', blocCodes: [], fundingRoute: 'cpf' };
    const result = buildNewPathwayBodies(draft, membership);
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['blocCodes', 'email']);
  });
});
