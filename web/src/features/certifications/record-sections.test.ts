import { describe, expect, it } from 'vitest';
import { recordSections } from './record-sections';
import type { CertificationView } from './types';

/** A record the registry says almost nothing about. */
function bareRecord(): CertificationView {
  const texts = { activities: null, capacities: null, sectors: null, jobs: null, entryPrerequisites: null, validationPrerequisites: null, objectivesContext: null, regulatedActivities: null, skillLevel: null };
  const dates = { decision: null, effect: null, registrationEnd: null, lastJo: null, deliveryLimit: null, publication: null };
  return {
    id: '00000000-0000-4000-8000-000000000000', code: 'RNCP1', kind: 'rncp', number: 1, title: 'Titre', shortTitle: null, shortTitleCode: null,
    level: null, levelLabel: null, state: null, active: true, deactivatedAt: null, registrationType: null, dates, registrationDurationYears: null,
    partialValidation: null, accessibleNewCaledonia: null, accessibleFrenchPolynesia: null, texts, descriptionUrl: null, vaeOpen: false,
    accessRoutes: [], statistics: [], publications: [], certificateurs: [], partners: { total: 0, items: [] }, blocs: [],
    codes: { rome: [], nsf: [], formacode: [], idcc: [] }, previousCodes: [], nextCodes: [], blocCorrespondences: [], enrichment: null, codesInCatalogue: [],
    source: 'seed', importedAt: null, updatedAt: '2025-01-01T00:00:00.000Z', viewerCanEditEnrichment: false,
  };
}

const ids = (r: CertificationView) => recordSections(r).map((s) => s.id);

describe('sections of the record page', () => {
  it('leaves out the sections a bare record does not fill', () => {
    expect(ids(bareRecord())).toEqual(['blocs', 'vae', 'enregistrement']);
  });

  it('shows each section once one of its facts is there', () => {
    const r = bareRecord();
    r.texts.sectors = 'Missions locales';
    r.accessRoutes = [{ route: 'vae', active: true, juryComposition: null, modifiedOn: null }];
    r.partners = { total: 1, items: [] };
    r.codes.idcc = [{ code: '1486', label: null }];
    r.statistics = [{ year: 2023, certified: 10, certifiedByVae: 2, insertionRate6Months: null, jobInsertionRate2Years: null }];
    expect(ids(r)).toEqual(['metier', 'acces', 'blocs', 'vae', 'chiffres', 'organismes', 'codes', 'enregistrement']);
  });

  it('counts insertion figures as key figures, an empty insertion as nothing', () => {
    const r = bareRecord();
    const enrichment = { vaeFiling: null, jury: null, validationRates: null, dispenses: [], equivalences: [], furtherStudies: [], insertion: null, training: null, prices: [], validationConditions: [], blocNotes: [], romeAppellations: [], sources: [] };
    r.enrichment = { ...enrichment, insertion: { source: 'InserJeunes', year: 2023, rates: [], notes: [] } };
    expect(ids(r)).not.toContain('chiffres');
    r.enrichment = { ...enrichment, insertion: { source: null, year: null, rates: [{ label: 'Insertion', value: 29 }], notes: [] } };
    expect(ids(r)).toContain('chiffres');
    r.enrichment = { ...enrichment, romeAppellations: [{ romeCode: 'K1201', label: 'Chargé d’intervention sociale' }] };
    expect(ids(r)).toContain('codes');
  });
});
