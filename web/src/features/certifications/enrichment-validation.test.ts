import { describe, expect, it } from 'vitest';
import { BLOC_NOTE_TEXT_MESSAGE, CERTIFICATION_CODE_MESSAGE } from '../../../../common/certifications';
import { REQUIRED_MESSAGE } from '../../components/validation';
import { emptySemester, toDraft, type EnrichmentDraft } from './enrichment-draft';
import { FULL_ENRICHMENT } from './enrichment-fixture';
import { NUMBER_MESSAGES, parseFrenchNumber, readNumber } from './enrichment-numbers';
import { DATE_MESSAGE, ROME_CODE_MESSAGE } from './enrichment-reader';
import { FILING_BODY_NEEDED, validateDraft } from './enrichment-validation';
import { BLOC_NOT_IN_RECORD_MESSAGE, BLOC_NOTED_TWICE_MESSAGE } from './enrichment-validation-rows';

describe('parseFrenchNumber', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 1 500 ', 1500],
    ['12\u202f450', 12450],
    ['-3', -3],
    ['', null],
    ['   ', null],
  ])('reads %j as %j', (text, value) => {
    expect(parseFrenchNumber(text)).toBe(value);
  });

  it.each(['45 min', '80 %', '12,5,3', '1e3', 'Infinity', '0x10', 'douze', ',5', '12,'])('refuses %j (NaN, never null)', (text) => {
    expect(parseFrenchNumber(text)).toBeNaN();
  });

  it('checks the kind of number once read', () => {
    expect(readNumber('100', 'percent')).toEqual({ ok: true, value: 100 });
    expect(readNumber('100,5', 'percent')).toEqual({ ok: false, message: NUMBER_MESSAGES.percent });
    expect(readNumber('0', 'positiveInteger')).toEqual({ ok: false, message: NUMBER_MESSAGES.positiveInteger });
    expect(readNumber('0', 'nonNegativeInteger')).toEqual({ ok: true, value: 0 });
    expect(readNumber('', 'level')).toEqual({ ok: true, value: null });
  });
});

type Case = [string, (d: EnrichmentDraft) => void, string, string, string];

/** Each case breaks one field of the full draft: [what, change, path, label, message]. */
const CASES: Case[] = [
  ['a unit after the delay', (d) => (d.filing.admissibilityDelayMonths = '2 mois'), 'filing.admissibilityDelayMonths', 'Délai de réponse sur la recevabilité (mois)', NUMBER_MESSAGES.positiveInteger],
  ['a decimal delay', (d) => (d.filing.admissibilityDelayMonths = '2,5'), 'filing.admissibilityDelayMonths', 'Délai de réponse sur la recevabilité (mois)', NUMBER_MESSAGES.positiveInteger],
  ['"45 min"', (d) => (d.jury.durationMinutes = '45 min'), 'jury.durationMinutes', 'Durée de l’entretien (minutes)', NUMBER_MESSAGES.positiveInteger],
  ['a presentation of 0 minutes', (d) => (d.jury.presentationMinutes = '0'), 'jury.presentationMinutes', 'Durée de la présentation libre (minutes)', NUMBER_MESSAGES.positiveInteger],
  ['"80 %"', (d) => (d.rates.total = '80 %'), 'rates.total', 'Validation totale (%)', NUMBER_MESSAGES.percent],
  ['a rate over 100', (d) => (d.rates.partial = '101'), 'rates.partial', 'Validation partielle (%)', NUMBER_MESSAGES.percent],
  ['a negative rate', (d) => (d.rates.refusal = '-1'), 'rates.refusal', 'Aucune validation (%)', NUMBER_MESSAGES.percent],
  ['a filing without its body', (d) => (d.filing.filingBody = ' '), 'filing.filingBody', 'Organisme de dépôt', FILING_BODY_NEEDED],
  ['a dispense without description', (d) => (d.dispenses[0]!.description = ''), 'dispenses.0.description', 'Dispense 1 – Description', REQUIRED_MESSAGE],
  ['an equivalence without target', (d) => (d.equivalences[1]!.target = ''), 'equivalences.1.target', 'Équivalence 2 – Certification visée', REQUIRED_MESSAGE],
  ['an equivalence without description', (d) => (d.equivalences[0]!.description = ''), 'equivalences.0.description', 'Équivalence 1 – Description', REQUIRED_MESSAGE],
  ['negative modules exempted', (d) => (d.equivalences[0]!.modulesExempted = '-1'), 'equivalences.0.modulesExempted', 'Équivalence 1 – Modules dispensés', NUMBER_MESSAGES.nonNegativeInteger],
  ['a malformed target code', (d) => (d.equivalences[0]!.targetCode = 'RNCP-36625'), 'equivalences.0.targetCode', 'Équivalence 1 – Code RNCP ou RS de la certification visée', CERTIFICATION_CODE_MESSAGE],
  ['a target code of another register', (d) => (d.equivalences[1]!.targetCode = 'CQP 12'), 'equivalences.1.targetCode', 'Équivalence 2 – Code RNCP ou RS de la certification visée', CERTIFICATION_CODE_MESSAGE],
  ['zero modules in total', (d) => (d.equivalences[0]!.modulesTotal = '0'), 'equivalences.0.modulesTotal', 'Équivalence 1 – Nombre total de modules', NUMBER_MESSAGES.positiveInteger],
  ['a further study without description', (d) => (d.furtherStudies[0]!.description = ''), 'furtherStudies.0.description', 'Poursuite d’études 1 – Description', REQUIRED_MESSAGE],
  ['level 9', (d) => (d.furtherStudies[0]!.targetLevel = '9'), 'furtherStudies.0.targetLevel', 'Poursuite d’études 1 – Niveau visé (1 à 8)', NUMBER_MESSAGES.level],
  ['a year with decimals', (d) => (d.insertion.year = '2023,5'), 'insertion.year', 'Année des chiffres', NUMBER_MESSAGES.integer],
  ['an insertion rate without label', (d) => (d.insertion.rates[1]!.label = ''), 'insertion.rates.1.label', 'Taux 2 – Libellé', REQUIRED_MESSAGE],
  ['an insertion rate without value', (d) => (d.insertion.rates[0]!.value = ''), 'insertion.rates.0.value', 'Taux 1 – Valeur (%)', REQUIRED_MESSAGE],
  ['an insertion rate of "29 %"', (d) => (d.insertion.rates[0]!.value = '29 %'), 'insertion.rates.0.value', 'Taux 1 – Valeur (%)', NUMBER_MESSAGES.percent],
  ['total hours in words', (d) => (d.training.totalHours = 'six cents'), 'training.totalHours', 'Durée totale (heures)', NUMBER_MESSAGES.nonNegative],
  ['negative total ECTS', (d) => (d.training.totalEcts = '-120'), 'training.totalEcts', 'Total des crédits ECTS', NUMBER_MESSAGES.nonNegative],
  ['an impossible date', (d) => (d.training.accreditationUntil = '2027-02-30'), 'training.accreditationUntil', 'Habilitation valable jusqu’au', DATE_MESSAGE],
  ['a unit without code', (d) => (d.training.units[0]!.code = ''), 'training.units.0.code', 'Unité 1 – Code', REQUIRED_MESSAGE],
  ['a unit without title', (d) => (d.training.units[2]!.title = ''), 'training.units.2.title', 'Unité 3 – Intitulé', REQUIRED_MESSAGE],
  ['"6 ECTS"', (d) => (d.training.units[0]!.ects = '6 ECTS'), 'training.units.0.ects', 'Unité 1 – Crédits ECTS', NUMBER_MESSAGES.nonNegative],
  ['"51 h"', (d) => (d.training.units[0]!.hours = '51 h'), 'training.units.0.hours', 'Unité 1 – Heures', NUMBER_MESSAGES.nonNegative],
  ['a session without year', (d) => (d.training.units[0]!.semesters[1]!.academicYear = ''), 'training.units.0.semesters.1.academicYear', 'Unité 1, session 2 – Année universitaire', REQUIRED_MESSAGE],
  ['a session without period', (d) => (d.training.units[2]!.semesters[0]!.period = ''), 'training.units.2.semesters.0.period', 'Unité 3, session 1 – Période', REQUIRED_MESSAGE],
  ['a price without label', (d) => (d.prices[0]!.label = ''), 'prices.0.label', 'Tarif 1 – Prestation', REQUIRED_MESSAGE],
  ['a price without amount', (d) => (d.prices[1]!.amountEuros = ''), 'prices.1.amountEuros', 'Tarif 2 – Montant (€)', REQUIRED_MESSAGE],
  ['"6 225 €"', (d) => (d.prices[0]!.amountEuros = '6 225 €'), 'prices.0.amountEuros', 'Tarif 1 – Montant (€)', NUMBER_MESSAGES.nonNegative],
  ['a negative price', (d) => (d.prices[0]!.amountEuros = '-5'), 'prices.0.amountEuros', 'Tarif 1 – Montant (€)', NUMBER_MESSAGES.nonNegative],
  ['a bloc note without bloc', (d) => (d.blocNotes[0]!.blocCode = ''), 'blocNotes.0.blocCode', 'Note de bloc 1 – Bloc de compétences', REQUIRED_MESSAGE],
  ['a bloc note without either text', (d) => Object.assign(d.blocNotes[0]!, { vaeFocus: ' ', prerequisites: '' }), 'blocNotes.0.vaeFocus', 'Note de bloc 1 – Ce que la VAE met en valeur dans ce bloc', BLOC_NOTE_TEXT_MESSAGE],
  ['a second note on one bloc', (d) => (d.blocNotes[2]!.blocCode = 'RNCP37274BC01'), 'blocNotes.2.blocCode', 'Note de bloc 3 – Bloc de compétences', BLOC_NOTED_TWICE_MESSAGE],
  ['a malformed ROME code', (d) => (d.romeAppellations[0]!.romeCode = 'K18'), 'romeAppellations.0.romeCode', 'Appellation 1 – Code ROME', ROME_CODE_MESSAGE],
  ['a ROME code beyond N', (d) => (d.romeAppellations[0]!.romeCode = 'Z1801'), 'romeAppellations.0.romeCode', 'Appellation 1 – Code ROME', ROME_CODE_MESSAGE],
  ['an appellation without label', (d) => (d.romeAppellations[1]!.label = ''), 'romeAppellations.1.label', 'Appellation 2 – Appellation', REQUIRED_MESSAGE],
  ['a source without document', (d) => (d.sources[0]!.document = ''), 'sources.0.document', 'Source 1 – Document', REQUIRED_MESSAGE],
];

describe('validateDraft', () => {
  it.each(CASES)('refuses %s: one issue on that field, nothing to send', (_what, change, path, label, message) => {
    const draft = toDraft(FULL_ENRICHMENT);
    change(draft);
    const result = validateDraft(draft);
    expect(result).toEqual({ ok: false, issues: [{ path, label, message }] });
    expect('enrichment' in result).toBe(false);
  });

  it('every case targets a different field', () => {
    const paths = CASES.map((c) => c[2]);
    expect(new Set(paths).size).toBeGreaterThan(30);
  });

  it('lists every issue at once, in the order of the form', () => {
    const draft = toDraft(FULL_ENRICHMENT);
    draft.prices[0]!.amountEuros = 'abc';
    draft.jury.durationMinutes = '45 min';
    draft.rates.total = '80 %';
    draft.training.units[0]!.code = '';
    const result = validateDraft(draft);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['jury.durationMinutes', 'rates.total', 'training.units.0.code', 'prices.0.amountEuros']);
  });

  it('refuses a row that is only partly filled, but drops a session row never filled', () => {
    const draft = toDraft(null);
    draft.training.units = [{ ...toDraft(FULL_ENRICHMENT).training.units[3]!, semesters: [emptySemester()] }];
    draft.prices = [{ ...toDraft(FULL_ENRICHMENT).prices[0]!, label: '', amountEuros: '' }];
    const result = validateDraft(draft);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['prices.0.label', 'prices.0.amountEuros']);
  });

  it('accepts a lower-case ROME code and sends it in capitals', () => {
    const draft = toDraft(FULL_ENRICHMENT);
    draft.romeAppellations[0]!.romeCode = ' k1801 ';
    const result = validateDraft(draft);
    expect(result.ok && result.enrichment.romeAppellations[0]?.romeCode).toBe('K1801');
  });

  it('sends a target code in its canonical form, and an empty one as null', () => {
    const draft = toDraft(FULL_ENRICHMENT);
    draft.equivalences[0]!.targetCode = ' rncp 036625 ';
    draft.equivalences[1]!.targetCode = '  ';
    const result = validateDraft(draft);
    expect(result.ok && result.enrichment.equivalences.map((e) => e.targetCode)).toEqual(['RNCP36625', null]);
  });

  it('sends a bloc note with its prerequisites only, or its VAE focus only', () => {
    const result = validateDraft(toDraft(FULL_ENRICHMENT));
    expect(result.ok && result.enrichment.blocNotes.map((n) => [n.vaeFocus, n.prerequisites])).toEqual([
      ['Accueillir et diagnostiquer', 'Savoir conduire un entretien'],
      ['Accompagner le parcours', null],
      [null, 'Connaître le tissu économique local'],
    ]);
  });

  it('refuses, given the record’s blocs, a note on a bloc the record does not have', () => {
    const draft = toDraft(FULL_ENRICHMENT);
    expect(validateDraft(draft, { blocCodes: ['RNCP37274BC01', 'RNCP37274BC02', 'RNCP37274BC03'] }).ok).toBe(true);
    expect(validateDraft(draft, { blocCodes: ['RNCP37274BC01', 'RNCP37274BC02'] })).toEqual({
      ok: false,
      issues: [{ path: 'blocNotes.2.blocCode', label: 'Note de bloc 3 – Bloc de compétences', message: BLOC_NOT_IN_RECORD_MESSAGE }],
    });
  });
});
