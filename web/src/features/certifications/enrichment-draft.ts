/**
 * The enrichment form edits every part of the VAE enrichment as strings: numbers as typed (checked
 * by enrichment-validation.ts before anything is sent), lists of sentences one per line, and
 * repeatable groups (prices, training units…) as rows. `toDraft` turns the stored document into
 * that draft; `validateDraft` (enrichment-validation.ts) turns it back.
 */
import type { CertificationEnrichment } from './types';

type Enrichment = CertificationEnrichment;
export type TrainingUnit = NonNullable<Enrichment['training']>['units'][number];
export type Price = Enrichment['prices'][number];
export type FundingRoute = NonNullable<Price['fundingRoute']>;

/** Every row carries a stable key, for React and for moving the focus; it is never sent. */
interface Row {
  key: string;
}

export interface DispenseRow extends Row { description: string; condition: string; reference: string }
export interface EquivalenceRow extends Row { target: string; targetCode: string; description: string; modulesExempted: string; modulesTotal: string }
export interface FurtherStudyRow extends Row { description: string; targetLevel: string; reference: string }
export interface InsertionRateRow extends Row { label: string; value: string }
export interface SemesterRow extends Row { academicYear: string; period: string }
export interface UnitRow extends Row {
  code: string;
  title: string;
  kind: TrainingUnit['kind'];
  ects: string;
  hours: string;
  mandatory: 'yes' | 'no';
  modality: '' | NonNullable<TrainingUnit['modality']>;
  semesters: SemesterRow[];
}
export interface PriceRow extends Row {
  label: string;
  fundingRoute: '' | FundingRoute;
  audience: string;
  provider: string;
  amountEuros: string;
  unit: Price['unit'];
  taxIncluded: '' | 'ttc' | 'ht';
}
export interface BlocNoteRow extends Row { blocCode: string; vaeFocus: string; prerequisites: string }
export interface RomeRow extends Row { romeCode: string; label: string }
export interface SourceRow extends Row { document: string; note: string }

export interface EnrichmentDraft {
  filing: { filingBody: string; feasibilityFile: string; validationFile: string; steps: string; platforms: string; admissibilityDelayMonths: string };
  jury: { durationMinutes: string; presentationMinutes: string; composition: string; description: string; outcomes: string };
  rates: { total: string; partial: string; refusal: string; source: string };
  validationConditions: string;
  dispenses: DispenseRow[];
  equivalences: EquivalenceRow[];
  furtherStudies: FurtherStudyRow[];
  insertion: { source: string; year: string; rates: InsertionRateRow[]; notes: string };
  training: { provider: string; totalHours: string; totalEcts: string; accreditationUntil: string; units: UnitRow[]; accessDelays: string };
  prices: PriceRow[];
  blocNotes: BlocNoteRow[];
  romeAppellations: RomeRow[];
  sources: SourceRow[];
}

export const EMPTY_ENRICHMENT: Enrichment = {
  vaeFiling: null,
  jury: null,
  validationRates: null,
  dispenses: [],
  equivalences: [],
  furtherStudies: [],
  insertion: null,
  training: null,
  prices: [],
  validationConditions: [],
  blocNotes: [],
  romeAppellations: [],
  sources: [],
};

let lastKey = 0;
/** A key unique in the page. */
export const newKey = () => `r${++lastKey}`;

/** A number as a French reader types it (decimal comma). */
export const numberText = (n: number | null | undefined) => (n == null ? '' : String(n).replace('.', ','));
const lines = (list: readonly string[] | undefined) => (list ?? []).join('\n');

export const emptyDispense = (): DispenseRow => ({ key: newKey(), description: '', condition: '', reference: '' });
export const emptyEquivalence = (): EquivalenceRow => ({ key: newKey(), target: '', targetCode: '', description: '', modulesExempted: '', modulesTotal: '' });
export const emptyFurtherStudy = (): FurtherStudyRow => ({ key: newKey(), description: '', targetLevel: '', reference: '' });
export const emptyInsertionRate = (): InsertionRateRow => ({ key: newKey(), label: '', value: '' });
export const emptySemester = (): SemesterRow => ({ key: newKey(), academicYear: '', period: '' });
export const emptyUnit = (): UnitRow => ({ key: newKey(), code: '', title: '', kind: 'teaching', ects: '', hours: '', mandatory: 'yes', modality: '', semesters: [] });
export const emptyPrice = (): PriceRow => ({ key: newKey(), label: '', fundingRoute: '', audience: '', provider: '', amountEuros: '', unit: 'total', taxIncluded: '' });
export const emptyBlocNote = (): BlocNoteRow => ({ key: newKey(), blocCode: '', vaeFocus: '', prerequisites: '' });
export const emptyRome = (): RomeRow => ({ key: newKey(), romeCode: '', label: '' });
export const emptySource = (): SourceRow => ({ key: newKey(), document: '', note: '' });

function unitRow(u: TrainingUnit): UnitRow {
  return {
    key: newKey(),
    code: u.code,
    title: u.title,
    kind: u.kind,
    ects: numberText(u.ects),
    hours: numberText(u.hours),
    mandatory: u.mandatory ? 'yes' : 'no',
    modality: u.modality ?? '',
    semesters: u.semesters.map((s) => ({ key: newKey(), ...s })),
  };
}

function priceRow(p: Price): PriceRow {
  return {
    key: newKey(),
    label: p.label,
    fundingRoute: p.fundingRoute ?? '',
    audience: p.audience ?? '',
    provider: p.provider ?? '',
    amountEuros: numberText(p.amountEuros),
    unit: p.unit,
    taxIncluded: p.taxIncluded == null ? '' : p.taxIncluded ? 'ttc' : 'ht',
  };
}

export function toDraft(e: Enrichment | null): EnrichmentDraft {
  const { vaeFiling: f, jury: j, validationRates: r, insertion: ins, training: t } = e ?? EMPTY_ENRICHMENT;
  return {
    filing: {
      filingBody: f?.filingBody ?? '',
      feasibilityFile: f?.feasibilityFile ?? '',
      validationFile: f?.validationFile ?? '',
      steps: lines(f?.steps),
      platforms: lines(f?.platforms),
      admissibilityDelayMonths: numberText(f?.admissibilityDelayMonths),
    },
    jury: {
      durationMinutes: numberText(j?.durationMinutes),
      presentationMinutes: numberText(j?.presentationMinutes),
      composition: j?.composition ?? '',
      description: lines(j?.description),
      outcomes: lines(j?.outcomes),
    },
    rates: { total: numberText(r?.total), partial: numberText(r?.partial), refusal: numberText(r?.refusal), source: r?.source ?? '' },
    validationConditions: lines(e?.validationConditions),
    dispenses: (e?.dispenses ?? []).map((d) => ({ key: newKey(), description: d.description, condition: d.condition ?? '', reference: d.reference ?? '' })),
    equivalences: (e?.equivalences ?? []).map((q) => ({
      key: newKey(),
      target: q.target,
      targetCode: q.targetCode ?? '',
      description: q.description,
      modulesExempted: numberText(q.modulesExempted),
      modulesTotal: numberText(q.modulesTotal),
    })),
    furtherStudies: (e?.furtherStudies ?? []).map((s) => ({ key: newKey(), description: s.description, targetLevel: numberText(s.targetLevel), reference: s.reference ?? '' })),
    insertion: {
      source: ins?.source ?? '',
      year: numberText(ins?.year),
      rates: (ins?.rates ?? []).map((rate) => ({ key: newKey(), label: rate.label, value: numberText(rate.value) })),
      notes: lines(ins?.notes),
    },
    training: {
      provider: t?.provider ?? '',
      totalHours: numberText(t?.totalHours),
      totalEcts: numberText(t?.totalEcts),
      accreditationUntil: t?.accreditationUntil ?? '',
      units: (t?.units ?? []).map(unitRow),
      accessDelays: lines(t?.accessDelays),
    },
    prices: (e?.prices ?? []).map(priceRow),
    blocNotes: (e?.blocNotes ?? []).map((b) => ({ key: newKey(), blocCode: b.blocCode, vaeFocus: b.vaeFocus ?? '', prerequisites: b.prerequisites ?? '' })),
    romeAppellations: (e?.romeAppellations ?? []).map((a) => ({ key: newKey(), ...a })),
    sources: (e?.sources ?? []).map((s) => ({ key: newKey(), document: s.document, note: s.note ?? '' })),
  };
}
