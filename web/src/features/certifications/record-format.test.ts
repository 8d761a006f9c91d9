import { describe, expect, it } from 'vitest';
import {
  academicYears,
  blocCodesLabel,
  codeWithLabel,
  externalUrl,
  formatDay,
  formatYears,
  franceCompetencesUrl,
  groupJuryCompositions,
  habilitationLabel,
  modalityLabel,
  partnersCountLabel,
  periodIn,
  romeGroups,
  stateSeverity,
  yesNo,
} from './record-format';

const unit = (semesters: { academicYear: string; period: string }[]) => ({
  code: 'FPG003',
  title: 'Projet',
  kind: 'teaching' as const,
  ects: 6,
  hours: 51,
  mandatory: true,
  modality: null,
  semesters,
});

describe('record page formatting', () => {
  it('writes registry days in French, whatever the time zone', () => {
    expect(formatDay('2022-09-01')).toBe('1 septembre 2022');
    expect(formatDay('2027-12-31')).toBe('31 décembre 2027');
    // A date-time is the day in Paris: 23:30 UTC on 31 January is already 1 February there.
    expect(formatDay('2025-01-31T23:30:00.000Z')).toBe('1 février 2025');
    expect(formatDay(null)).toBe('—');
    expect(formatDay('bientôt')).toBe('bientôt');
  });

  it('words yes/no, durations and codes', () => {
    expect([yesNo(true), yesNo(false), yesNo(null)]).toEqual(['Oui', 'Non', 'Non précisé']);
    expect([formatYears(1), formatYears(5)]).toEqual(['1 an', '5 ans']);
    expect(codeWithLabel({ code: 'K1801', label: 'Conseil en emploi' })).toBe('K1801 – Conseil en emploi');
    expect(codeWithLabel({ code: '1486', label: null })).toBe('1486');
  });

  it('colours states by their meaning, unknown ones neutral', () => {
    expect(stateSeverity('Actif')).toBe('success');
    expect(stateSeverity('Publiée')).toBe('success');
    expect(stateSeverity('Inactif')).toBe('warning');
    expect(stateSeverity('INACTIVE')).toBe('warning');
    expect(stateSeverity('Modifications à valider par le ministère')).toBe('info');
    expect(stateSeverity('Autre chose')).toBeUndefined();
    expect(stateSeverity(null)).toBeUndefined();
  });

  it('words habilitations and modalities, keeping unknown codes', () => {
    expect(habilitationLabel('HABILITATION_FORMER')).toBe('Former');
    expect(habilitationLabel('HABILITATION_ORGA_FORM')).toBe('Former et organiser l’évaluation');
    expect(habilitationLabel('HABILITATION_NOUVELLE')).toBe('HABILITATION_NOUVELLE');
    expect(habilitationLabel(null)).toBe('Non précisée');
    expect([modalityLabel('presentiel'), modalityLabel('distance'), modalityLabel(null)]).toEqual(['Sur place', 'À distance', 'Non précisée']);
  });

  it('lays a training calendar out by academic year', () => {
    const first = unit([
      { academicYear: '2024/2025', period: 'Semestre 1' },
      { academicYear: '2023/2024', period: 'Semestre 2' },
    ]);
    expect(academicYears([first, unit([{ academicYear: '2025/2026', period: 'Annuel' }]), unit([])])).toEqual(['2023/2024', '2024/2025', '2025/2026']);
    expect(periodIn(first, '2023/2024')).toBe('Semestre 2');
    expect(periodIn(first, '2025/2026')).toBe('—');
  });

  it('groups identical jury compositions, the VAE jury first', () => {
    const route = (r: 'initial_training' | 'continuing_education' | 'vae' | 'apprenticeship' | 'professionalisation_contract', juryComposition: string | null) => ({
      route: r,
      active: true,
      juryComposition,
      modifiedOn: null,
    });
    const groups = groupJuryCompositions([
      route('initial_training', 'Jury de professeurs'),
      route('apprenticeship', null),
      route('continuing_education', 'Jury de professionnels'),
      route('professionalisation_contract', 'Jury  de professeurs '),
      route('vae', 'Jury de professionnels'),
    ]);
    expect(groups).toEqual([
      { routes: ['vae', 'continuing_education'], composition: 'Jury de professionnels' },
      { routes: ['initial_training', 'professionalisation_contract'], composition: 'Jury de professeurs' },
    ]);
    expect(groupJuryCompositions([route('vae', '  ')])).toEqual([]);
  });

  it('counts the partners shown out of the total', () => {
    expect(partnersCountLabel(1, 1)).toBe('1 organisme');
    expect(partnersCountLabel(12, 12)).toBe('12 organismes');
    expect(partnersCountLabel(1487, 200)).toBe('200 premiers organismes affichés sur 1\u202f487');
    expect(blocCodesLabel([])).toBe('Toute la certification');
    expect(blocCodesLabel(['RNCP1BC01', 'RNCP1BC02'])).toBe('RNCP1BC01, RNCP1BC02');
  });

  it('puts the appellations under their ROME code', () => {
    expect(
      romeGroups(
        [{ code: 'K1201', label: 'Action sociale' }],
        [
          { romeCode: 'K1201', label: 'Chargé d’intervention sociale' },
          { romeCode: 'K1801', label: 'Conseiller en insertion' },
        ],
      ),
    ).toEqual([
      { code: 'K1201', label: 'Action sociale', appellations: ['Chargé d’intervention sociale'] },
      { code: 'K1801', label: null, appellations: ['Conseiller en insertion'] },
    ]);
  });

  it('links only to web addresses', () => {
    expect(externalUrl('https://www.cnam.fr/x')).toBe('https://www.cnam.fr/x');
    expect(externalUrl('www.cnam.fr')).toBe('https://www.cnam.fr/');
    expect(externalUrl('javascript:alert(1)')).toBeNull();
    expect(externalUrl('cnam')).toBeNull();
    expect(externalUrl(null)).toBeNull();
    expect(franceCompetencesUrl('rncp', 37274)).toBe('https://www.francecompetences.fr/recherche/rncp/37274/');
  });
});
