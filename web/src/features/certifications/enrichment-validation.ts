/**
 * The draft checked and turned into the enrichment to send. Nothing is sent while one field is
 * wrong: the issues name each field (path, label) with a French message. Rows left as the
 * "Ajouter" button made them are left out; a part left entirely empty is sent as null.
 */
import type { EnrichmentDraft } from './enrichment-draft';
import { FILING, INSERTION, JURY, RATES, TRAINING } from './enrichment-labels';
import { DraftReader, inside, lines, textOrNull, type FieldIssue } from './enrichment-reader';
import { readBlocNotes, readDispenses, readEquivalences, readFurtherStudies, readInsertionRates, readPrices, readRomeAppellations, readSources, readUnits } from './enrichment-validation-rows';
import type { CertificationEnrichment } from './types';

export type { FieldIssue } from './enrichment-reader';

export type DraftResult = { ok: true; enrichment: CertificationEnrichment } | { ok: false; issues: FieldIssue[] };

export const FILING_BODY_NEEDED = 'Indiquez l’organisme de dépôt : les autres informations de dépôt s’y rattachent.';

const allEmpty = (values: string[]) => values.every((v) => v.trim() === '');

function readFiling(r: DraftReader, f: EnrichmentDraft['filing']): CertificationEnrichment['vaeFiling'] {
  if (allEmpty(Object.values(f))) return null;
  const at = inside('filing', '');
  if (f.filingBody.trim() === '') r.fail(at('filingBody', FILING.filingBody), FILING_BODY_NEEDED);
  return {
    filingBody: f.filingBody.trim(),
    feasibilityFile: textOrNull(f.feasibilityFile),
    validationFile: textOrNull(f.validationFile),
    steps: lines(f.steps),
    platforms: lines(f.platforms),
    admissibilityDelayMonths: r.number(at('admissibilityDelayMonths', FILING.admissibilityDelayMonths), f.admissibilityDelayMonths, 'positiveInteger'),
  };
}

function readJury(r: DraftReader, j: EnrichmentDraft['jury']): CertificationEnrichment['jury'] {
  if (allEmpty(Object.values(j))) return null;
  const at = inside('jury', '');
  return {
    durationMinutes: r.number(at('durationMinutes', JURY.durationMinutes), j.durationMinutes, 'positiveInteger'),
    presentationMinutes: r.number(at('presentationMinutes', JURY.presentationMinutes), j.presentationMinutes, 'positiveInteger'),
    composition: textOrNull(j.composition),
    description: lines(j.description),
    outcomes: lines(j.outcomes),
  };
}

function readRates(r: DraftReader, v: EnrichmentDraft['rates']): CertificationEnrichment['validationRates'] {
  if (allEmpty(Object.values(v))) return null;
  const at = inside('rates', '');
  return {
    total: r.number(at('total', RATES.total), v.total, 'percent'),
    partial: r.number(at('partial', RATES.partial), v.partial, 'percent'),
    refusal: r.number(at('refusal', RATES.refusal), v.refusal, 'percent'),
    source: textOrNull(v.source),
  };
}

function readInsertion(r: DraftReader, i: EnrichmentDraft['insertion']): CertificationEnrichment['insertion'] {
  const year = r.number(inside('insertion', '')('year', INSERTION.year), i.year, 'integer');
  const rates = readInsertionRates(r, i.rates);
  if (allEmpty([i.source, i.year, i.notes]) && rates.length === 0) return null;
  return {
    source: textOrNull(i.source),
    year,
    rates,
    notes: lines(i.notes),
  };
}

function readTraining(r: DraftReader, t: EnrichmentDraft['training']): CertificationEnrichment['training'] {
  const at = inside('training', '');
  const totalHours = r.number(at('totalHours', TRAINING.totalHours), t.totalHours, 'nonNegative');
  const totalEcts = r.number(at('totalEcts', TRAINING.totalEcts), t.totalEcts, 'nonNegative');
  const accreditationUntil = r.date(at('accreditationUntil', TRAINING.accreditationUntil), t.accreditationUntil);
  const units = readUnits(r, t.units);
  if (allEmpty([t.provider, t.totalHours, t.totalEcts, t.accreditationUntil, t.accessDelays]) && units.length === 0) return null;
  return {
    provider: textOrNull(t.provider),
    totalHours,
    totalEcts,
    accreditationUntil,
    units,
    accessDelays: lines(t.accessDelays),
  };
}

/** What the draft is checked against beyond itself. */
export interface DraftContext {
  /** The codes of the record's blocs: a bloc note on any other code is refused before anything is sent. */
  blocCodes?: readonly string[];
}

/** Checks the whole draft; the enrichment comes back only when every field can be sent. */
export function validateDraft(draft: EnrichmentDraft, context: DraftContext = {}): DraftResult {
  const r = new DraftReader();
  const enrichment: CertificationEnrichment = {
    vaeFiling: readFiling(r, draft.filing),
    jury: readJury(r, draft.jury),
    validationRates: readRates(r, draft.rates),
    dispenses: readDispenses(r, draft.dispenses),
    equivalences: readEquivalences(r, draft.equivalences),
    furtherStudies: readFurtherStudies(r, draft.furtherStudies),
    insertion: readInsertion(r, draft.insertion),
    training: readTraining(r, draft.training),
    prices: readPrices(r, draft.prices),
    validationConditions: lines(draft.validationConditions),
    blocNotes: readBlocNotes(r, draft.blocNotes, context.blocCodes),
    romeAppellations: readRomeAppellations(r, draft.romeAppellations),
    sources: readSources(r, draft.sources),
  };
  return r.issues.length > 0 ? { ok: false, issues: r.issues } : { ok: true, enrichment };
}
