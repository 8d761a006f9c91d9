import type { ParsedCertification } from '../import/types';

// Characters that array literals and JSON must escape, a text that reads as NULL, accents, newlines.
export const TRICKY = 'Guillemets " et \\ barre, {accolades}, virgule ; NULL\n« é » ’';

/** A record with every field and child filled, for write tests. */
export function fullRecord(code: string): ParsedCertification {
  return {
    code,
    kind: 'rncp',
    number: Number(code.slice(4)),
    sourceFicheId: '12345',
    title: `Titre ${TRICKY}`,
    shortTitle: 'NULL',
    shortTitleCode: '42',
    level: 6,
    levelCode: 'NIV6',
    state: 'Publiée',
    active: true,
    registrationType: 'Enregistrement de droit',
    decisionDate: '2024-02-29',
    effectDate: '2024-03-01',
    registrationEndDate: '2029-03-01',
    lastJoDate: null,
    deliveryLimitDate: '2029-12-31',
    publicationDate: '2024-01-15',
    registrationDurationYears: 5,
    partialValidation: false,
    partnersExist: null,
    accessibleNewCaledonia: true,
    accessibleFrenchPolynesia: false,
    activities: TRICKY,
    capacities: 'Capacités',
    sectors: null,
    jobs: 'Soudeur, chaudronnier',
    entryPrerequisites: '',
    validationPrerequisites: 'Aucun',
    objectivesContext: 'Contexte',
    regulatedActivities: null,
    skillLevel: 'Niveau',
    descriptionUrl: 'https://example.org/a?b=1&c="2"',
    accessRoutes: [
      { route: 'vae', active: true, juryComposition: TRICKY, modifiedOn: '2024-05-06' },
      { route: 'apprenticeship', active: false, juryComposition: null, modifiedOn: null },
    ],
    statistics: [{ year: 2023, certified: 10, certifiedByVae: 2, insertionRate6Months: 80, jobInsertionRate2Years: null }],
    publications: [],
    blocCorrespondences: [{ sourceBlocCodes: [`${code}BC01`], targetCode: 'RNCP1', targetBlocCodes: ['RNCP1BC01'] }],
    levelPromotionYears: [2019, 2021],
    certificateurs: [
      { siret: '11000007200014', name: `Ministère ${TRICKY}`, state: 'Actif', stateChangedOn: '2023-07-01', website: null },
      { siret: null, name: 'SNVEL', state: null, stateChangedOn: null, website: 'https://snvel.example' },
    ],
    partners: [
      { siret: '19530081900016', name: 'AGRICAMPUS', habilitation: 'HABILITATION_ORGA_FORM', state: 'Actif', activeSince: '2025-03-28', stateChangedOn: null },
      { siret: null, name: 'NULL', habilitation: null, state: null, activeSince: null, stateChangedOn: '2025-01-02' },
    ],
    blocs: [
      { code: `${code}BC01`, label: 'Bloc un', competences: TRICKY, evaluationMethods: null },
      { code: `${code}BC02`, label: 'Bloc deux', competences: null, evaluationMethods: 'Mise en situation' },
    ],
    codes: [
      { system: 'rome', code: 'H2913', label: 'Soudage manuel' },
      { system: 'nsf', code: '254s', label: null },
    ],
    links: [
      { relation: 'previous', code: 'RNCP1' },
      { relation: 'next', code: 'RS2' },
    ],
  };
}

