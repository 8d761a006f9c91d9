/** A VAE enrichment with every field filled, for the tests of the form's draft. */
import type { CertificationEnrichment } from './types';

export const FULL_ENRICHMENT: CertificationEnrichment = {
  vaeFiling: {
    filingBody: 'DREETS de Normandie',
    feasibilityFile: 'Livret 1 (dossier de recevabilité)',
    validationFile: 'Livret 2 (dossier de validation)',
    steps: ['Déposer le Livret 1', 'Recevoir la recevabilité', 'Rédiger le Livret 2'],
    platforms: ['France VAE', 'Plateforme du certificateur'],
    admissibilityDelayMonths: 2,
  },
  jury: {
    durationMinutes: 45,
    presentationMinutes: 10,
    composition: 'Deux professionnels et un formateur',
    description: ['Entretien à partir du Livret 2', 'Mise en situation possible'],
    outcomes: ['Validation totale', 'Validation partielle', 'Aucune validation'],
  },
  validationRates: { total: 62.5, partial: 30, refusal: 7.5, source: 'Bilan 2024 du certificateur' },
  dispenses: [
    { description: 'Dispense du bloc 1', condition: 'Titulaire du CAP AEPE', reference: 'Arrêté du 21 novembre 2022' },
    { description: 'Dispense des unités générales', condition: null, reference: null },
  ],
  equivalences: [
    { target: 'Chargé d’accompagnement social et professionnel', targetCode: 'RNCP36625', description: 'Passerelle partielle', modulesExempted: 5, modulesTotal: 8 },
    { target: 'DE Auxiliaire de puériculture', targetCode: null, description: 'Passerelle', modulesExempted: 0, modulesTotal: null },
  ],
  furtherStudies: [
    { description: 'Licence Formation et travail', targetLevel: 6, reference: 'LG04101A' },
    { description: 'Fonctions de coordination', targetLevel: null, reference: null },
  ],
  insertion: {
    source: 'InserJeunes',
    year: 2023,
    rates: [
      { label: 'Taux d’insertion à 6 mois', value: 29 },
      { label: 'Taux de poursuite d’études', value: 41.5 },
    ],
    notes: ['Chiffres nationaux', 'Promotion 2022'],
  },
  training: {
    provider: 'CNAM',
    totalHours: 657,
    totalEcts: 120,
    accreditationUntil: '2027-07-01',
    units: [
      {
        code: 'FPG003',
        title: 'Projet personnel et professionnel',
        kind: 'teaching',
        ects: 6,
        hours: 51.5,
        mandatory: true,
        modality: 'presentiel',
        semesters: [
          { academicYear: '2024/2025', period: 'Semestre 1' },
          { academicYear: '2025/2026', period: 'Semestre 2' },
        ],
      },
      { code: 'UA2B01', title: 'Rapport d’expérience', kind: 'activity', ects: null, hours: null, mandatory: false, modality: 'distance', semesters: [] },
      { code: 'TET003', title: 'Accompagnement', kind: 'teaching', ects: 8, hours: 69, mandatory: true, modality: 'mixte', semesters: [{ academicYear: '2025/2026', period: 'Annuel' }] },
      { code: 'CCE001', title: 'Communication écrite et orale', kind: 'teaching', ects: 4, hours: 36, mandatory: false, modality: null, semesters: [] },
    ],
    accessDelays: ['Inscription entre mai et octobre', 'UE du 2e semestre : jusqu’à mi-mars'],
  },
  prices: [
    { label: 'Avec mon CPF', fundingRoute: 'cpf', audience: 'Salarié', provider: 'CNAM', amountEuros: 6225, unit: 'total', taxIncluded: true },
    { label: 'Accompagnement horaire', fundingRoute: null, audience: null, provider: null, amountEuros: 80.5, unit: 'hour', taxIncluded: false },
    { label: 'Co-financement Région', fundingRoute: 'region_cofunding', audience: 'Demandeur d’emploi', provider: 'CNAM', amountEuros: 1534, unit: 'total', taxIncluded: null },
    { label: 'Employeur', fundingRoute: 'employer', audience: null, provider: null, amountEuros: 0, unit: 'total', taxIncluded: null },
    { label: 'France Travail', fundingRoute: 'france_travail', audience: null, provider: null, amountEuros: 12450, unit: 'total', taxIncluded: null },
    { label: 'OPCO', fundingRoute: 'opco', audience: null, provider: null, amountEuros: 3000, unit: 'total', taxIncluded: null },
    { label: 'Personnel', fundingRoute: 'self', audience: null, provider: null, amountEuros: 1200, unit: 'total', taxIncluded: true },
  ],
  validationConditions: ['Être inscrit sur France VAE', 'Avoir reçu la recevabilité'],
  blocNotes: [
    { blocCode: 'RNCP37274BC01', vaeFocus: 'Accueillir et diagnostiquer', prerequisites: 'Savoir conduire un entretien' },
    { blocCode: 'RNCP37274BC02', vaeFocus: 'Accompagner le parcours', prerequisites: null },
    { blocCode: 'RNCP37274BC03', vaeFocus: null, prerequisites: 'Connaître le tissu économique local' },
  ],
  romeAppellations: [
    { romeCode: 'K1801', label: 'Conseiller / Conseillère en insertion professionnelle' },
    { romeCode: 'K1203', label: 'Accompagnateur socioprofessionnel' },
  ],
  sources: [
    { document: 'Fiche récapitulative CNAM', note: 'Version de 2024' },
    { document: 'Libellés des fiches ROME', note: null },
  ],
};
