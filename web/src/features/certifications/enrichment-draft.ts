/**
 * The enrichment form edits the parts a certificateur updates most (where to file, the jury,
 * the validation rates and conditions) as text fields; the other parts are kept as they are.
 * These pure functions convert between the stored document and the form's strings.
 */
import type { CertificationEnrichment } from './types';

export interface EnrichmentDraft {
  filingBody: string;
  steps: string;
  admissibilityDelayMonths: string;
  juryDuration: string;
  juryPresentation: string;
  juryComposition: string;
  juryDescription: string;
  rateTotal: string;
  ratePartial: string;
  rateRefusal: string;
  rateSource: string;
  validationConditions: string;
}

export const EMPTY_ENRICHMENT: CertificationEnrichment = {
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

const text = (n: number | null | undefined) => (n == null ? '' : String(n));
const lines = (value: string) => value.split('\n').map((l) => l.trim()).filter(Boolean);
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value.replace(',', '.')));
const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toDraft(e: CertificationEnrichment | null): EnrichmentDraft {
  return {
    filingBody: e?.vaeFiling?.filingBody ?? '',
    steps: (e?.vaeFiling?.steps ?? []).join('\n'),
    admissibilityDelayMonths: text(e?.vaeFiling?.admissibilityDelayMonths),
    juryDuration: text(e?.jury?.durationMinutes),
    juryPresentation: text(e?.jury?.presentationMinutes),
    juryComposition: e?.jury?.composition ?? '',
    juryDescription: (e?.jury?.description ?? []).join('\n'),
    rateTotal: text(e?.validationRates?.total),
    ratePartial: text(e?.validationRates?.partial),
    rateRefusal: text(e?.validationRates?.refusal),
    rateSource: e?.validationRates?.source ?? '',
    validationConditions: (e?.validationConditions ?? []).join('\n'),
  };
}

/** The document to send: the draft's parts replace the same parts of the current enrichment. */
export function fromDraft(draft: EnrichmentDraft, current: CertificationEnrichment | null): CertificationEnrichment {
  const base = current ?? EMPTY_ENRICHMENT;
  const filing = draft.filingBody.trim();
  const hasJury = [draft.juryDuration, draft.juryPresentation, draft.juryComposition, draft.juryDescription].some((v) => v.trim() !== '');
  const hasRates = [draft.rateTotal, draft.ratePartial, draft.rateRefusal, draft.rateSource].some((v) => v.trim() !== '');
  return {
    ...base,
    vaeFiling: filing
      ? {
          filingBody: filing,
          feasibilityFile: base.vaeFiling?.feasibilityFile ?? null,
          validationFile: base.vaeFiling?.validationFile ?? null,
          steps: lines(draft.steps),
          platforms: base.vaeFiling?.platforms ?? [],
          admissibilityDelayMonths: numberOrNull(draft.admissibilityDelayMonths),
        }
      : null,
    jury: hasJury
      ? {
          durationMinutes: numberOrNull(draft.juryDuration),
          presentationMinutes: numberOrNull(draft.juryPresentation),
          composition: textOrNull(draft.juryComposition),
          description: lines(draft.juryDescription),
          outcomes: base.jury?.outcomes ?? [],
        }
      : null,
    validationRates: hasRates
      ? { total: numberOrNull(draft.rateTotal), partial: numberOrNull(draft.ratePartial), refusal: numberOrNull(draft.rateRefusal), source: textOrNull(draft.rateSource) }
      : null,
    validationConditions: lines(draft.validationConditions),
  };
}
