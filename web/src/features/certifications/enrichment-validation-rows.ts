/** The repeatable groups of the draft, read row by row (see enrichment-validation.ts). */
import { BLOC_NOTE_TEXT_MESSAGE, blocNoteChecker } from '../../../../common/certifications';
import {
  emptyBlocNote,
  emptyDispense,
  emptyEquivalence,
  emptyFurtherStudy,
  emptyInsertionRate,
  emptyPrice,
  emptyRome,
  emptySemester,
  emptySource,
  emptyUnit,
  type BlocNoteRow,
  type DispenseRow,
  type EquivalenceRow,
  type FurtherStudyRow,
  type InsertionRateRow,
  type PriceRow,
  type RomeRow,
  type SemesterRow,
  type SourceRow,
  type UnitRow,
} from './enrichment-draft';
import { BLOC_NOTE, DISPENSE, EQUIVALENCE, FURTHER_STUDY, INSERTION_RATE, PRICE, ROME, rowName, SEMESTER, SOURCE, UNIT, type RowLabels } from './enrichment-labels';
import { inside, isUntouched, textOrNull, type At, type DraftReader } from './enrichment-reader';
import type { CertificationEnrichment } from './types';

type E = CertificationEnrichment;
type Field = (field: string, label: string) => At;

/**
 * Reads each row that was filled in; `at` places a field of the row (path and label). `owner`
 * names the row that holds these ones ("Unité 2, session 1").
 */
function readRows<R extends object, T>(path: string, labels: RowLabels, rows: R[], empty: () => R, read: (row: R, at: Field, index: number) => T, owner = ''): T[] {
  const template = empty();
  const result: T[] = [];
  rows.forEach((row, index) => {
    const name = owner ? `${owner}, ${rowName(labels, index).toLowerCase()}` : rowName(labels, index);
    if (!isUntouched(row, template)) result.push(read(row, inside(`${path}.${index}`, name), index));
  });
  return result;
}

export const readDispenses = (r: DraftReader, rows: DispenseRow[]): E['dispenses'] =>
  readRows('dispenses', DISPENSE, rows, emptyDispense, (d, at) => ({
    description: r.required(at('description', DISPENSE.description), d.description),
    condition: textOrNull(d.condition),
    reference: textOrNull(d.reference),
  }));

export const readEquivalences = (r: DraftReader, rows: EquivalenceRow[]): E['equivalences'] =>
  readRows('equivalences', EQUIVALENCE, rows, emptyEquivalence, (q, at) => ({
    target: r.required(at('target', EQUIVALENCE.target), q.target),
    targetCode: r.certificationCode(at('targetCode', EQUIVALENCE.targetCode), q.targetCode),
    description: r.required(at('description', EQUIVALENCE.description), q.description),
    modulesExempted: r.number(at('modulesExempted', EQUIVALENCE.modulesExempted), q.modulesExempted, 'nonNegativeInteger'),
    modulesTotal: r.number(at('modulesTotal', EQUIVALENCE.modulesTotal), q.modulesTotal, 'positiveInteger'),
  }));

export const readFurtherStudies = (r: DraftReader, rows: FurtherStudyRow[]): E['furtherStudies'] =>
  readRows('furtherStudies', FURTHER_STUDY, rows, emptyFurtherStudy, (s, at) => ({
    description: r.required(at('description', FURTHER_STUDY.description), s.description),
    targetLevel: r.number(at('targetLevel', FURTHER_STUDY.targetLevel), s.targetLevel, 'level'),
    reference: textOrNull(s.reference),
  }));

export const readInsertionRates = (r: DraftReader, rows: InsertionRateRow[]): NonNullable<E['insertion']>['rates'] =>
  readRows('insertion.rates', INSERTION_RATE, rows, emptyInsertionRate, (rate, at) => ({
    label: r.required(at('label', INSERTION_RATE.label), rate.label),
    value: r.requiredNumber(at('value', INSERTION_RATE.value), rate.value, 'percent'),
  }));

const readSemesters = (r: DraftReader, unitIndex: number, rows: SemesterRow[]) =>
  readRows(
    `training.units.${unitIndex}.semesters`,
    SEMESTER,
    rows,
    emptySemester,
    (s, at) => ({ academicYear: r.required(at('academicYear', SEMESTER.academicYear), s.academicYear), period: r.required(at('period', SEMESTER.period), s.period) }),
    rowName(UNIT, unitIndex),
  );

/** A unit whose only content is sessions left empty is itself left empty. */
const emptyOfSessions = (u: UnitRow): UnitRow => ({ ...u, semesters: u.semesters.filter((s) => !isUntouched(s, emptySemester())) });

export const readUnits = (r: DraftReader, rows: UnitRow[]): NonNullable<E['training']>['units'] =>
  readRows('training.units', UNIT, rows.map(emptyOfSessions), emptyUnit, (u, at, index) => ({
    code: r.required(at('code', UNIT.code), u.code),
    title: r.required(at('title', UNIT.title), u.title),
    kind: u.kind,
    ects: r.number(at('ects', UNIT.ects), u.ects, 'nonNegative'),
    hours: r.number(at('hours', UNIT.hours), u.hours, 'nonNegative'),
    mandatory: u.mandatory === 'yes',
    modality: u.modality === '' ? null : u.modality,
    semesters: readSemesters(r, index, rows[index]?.semesters ?? []),
  }));

export const readPrices = (r: DraftReader, rows: PriceRow[]): E['prices'] =>
  readRows('prices', PRICE, rows, emptyPrice, (p, at) => ({
    label: r.required(at('label', PRICE.label), p.label),
    fundingRoute: p.fundingRoute === '' ? null : p.fundingRoute,
    audience: textOrNull(p.audience),
    provider: textOrNull(p.provider),
    amountEuros: r.requiredNumber(at('amountEuros', PRICE.amountEuros), p.amountEuros, 'nonNegative'),
    unit: p.unit,
    taxIncluded: p.taxIncluded === '' ? null : p.taxIncluded === 'ttc',
  }));

export const BLOC_NOT_IN_RECORD_MESSAGE = 'Choisissez un des blocs de cette certification : ce bloc n’en fait pas (ou plus) partie.';
export const BLOC_NOTED_TWICE_MESSAGE = 'Ce bloc a déjà une note plus haut : réunissez-les en une seule.';

/** One note per bloc of the record (`blocCodes`, when the form knows them), with at least one of its texts. */
export function readBlocNotes(r: DraftReader, rows: BlocNoteRow[], blocCodes?: readonly string[]): E['blocNotes'] {
  const check = blocNoteChecker(blocCodes);
  return readRows('blocNotes', BLOC_NOTE, rows, emptyBlocNote, (b, at) => {
    const blocAt = at('blocCode', BLOC_NOTE.blocCode);
    const blocCode = r.required(blocAt, b.blocCode);
    // An empty bloc is already refused as required.
    const problem = blocCode === '' ? null : check(blocCode);
    if (problem) r.fail(blocAt, problem === 'unknown_bloc' ? BLOC_NOT_IN_RECORD_MESSAGE : BLOC_NOTED_TWICE_MESSAGE);
    const vaeFocus = textOrNull(b.vaeFocus);
    const prerequisites = textOrNull(b.prerequisites);
    if (vaeFocus === null && prerequisites === null) r.fail(at('vaeFocus', BLOC_NOTE.vaeFocus), BLOC_NOTE_TEXT_MESSAGE);
    return { blocCode, vaeFocus, prerequisites };
  });
}

export const readRomeAppellations = (r: DraftReader, rows: RomeRow[]): E['romeAppellations'] =>
  readRows('romeAppellations', ROME, rows, emptyRome, (a, at) => ({
    romeCode: r.romeCode(at('romeCode', ROME.romeCode), a.romeCode),
    label: r.required(at('label', ROME.label), a.label),
  }));

export const readSources = (r: DraftReader, rows: SourceRow[]): E['sources'] =>
  readRows('sources', SOURCE, rows, emptySource, (s, at) => ({
    document: r.required(at('document', SOURCE.document), s.document),
    note: textOrNull(s.note),
  }));
