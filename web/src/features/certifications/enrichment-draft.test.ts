import { describe, expect, it } from 'vitest';
// The server's schema of the document (test only: the bundle imports types alone).
import { ZCertificationEnrichmentSchema } from '../../../../server/modules/certifications/certifications.enrichment-schema';
import { emptyPrice, emptySemester, emptyUnit, EMPTY_ENRICHMENT, toDraft } from './enrichment-draft';
import { FULL_ENRICHMENT } from './enrichment-fixture';
import { validateDraft, type DraftResult } from './enrichment-validation';
import type { CertificationEnrichment } from './types';

function sent(result: DraftResult): CertificationEnrichment {
  if (!result.ok) throw new Error(`draft refused: ${JSON.stringify(result.issues)}`);
  return result.enrichment;
}

describe('enrichment draft round trip', () => {
  it('the fixture fills every field of the schema, with no null and no empty list left', () => {
    expect(ZCertificationEnrichmentSchema.parse(FULL_ENRICHMENT)).toEqual(FULL_ENRICHMENT);
    const empty: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        if (value.length === 0) empty.push(path);
        value.forEach((v, i) => walk(v, `${path}.${i}`));
      } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(FULL_ENRICHMENT, '');
    // The first row of every list has all its fields set (later rows try nulls and other values).
    const firsts = [FULL_ENRICHMENT.dispenses[0], FULL_ENRICHMENT.equivalences[0], FULL_ENRICHMENT.furtherStudies[0], FULL_ENRICHMENT.training?.units[0], FULL_ENRICHMENT.prices[0]];
    for (const row of firsts) expect(Object.values(row ?? {})).not.toContain(null);
    expect(empty.filter((p) => !/\.units\.[1-3]\.semesters$/.test(p))).toEqual([]);
  });

  it('gives back a fully filled enrichment unchanged (enrichment → draft → enrichment)', () => {
    const back = sent(validateDraft(toDraft(FULL_ENRICHMENT)));
    expect(back).toEqual(FULL_ENRICHMENT);
    expect(ZCertificationEnrichmentSchema.parse(back)).toEqual(back);
  });

  it('shows numbers with a French decimal comma', () => {
    const draft = toDraft(FULL_ENRICHMENT);
    expect(draft.rates.total).toBe('62,5');
    expect(draft.training.units[0]?.hours).toBe('51,5');
    expect(draft.prices[1]).toMatchObject({ amountEuros: '80,5', unit: 'hour', taxIncluded: 'ht', fundingRoute: '' });
    expect(draft.training.units[1]).toMatchObject({ kind: 'activity', mandatory: 'no', modality: 'distance' });
  });

  it('sends an empty draft as the empty enrichment, and keeps nulls for parts left empty', () => {
    expect(sent(validateDraft(toDraft(null)))).toEqual(EMPTY_ENRICHMENT);
    expect(sent(validateDraft(toDraft(EMPTY_ENRICHMENT)))).toEqual(EMPTY_ENRICHMENT);
  });

  it('trims texts, splits lines, reads "12,5" and "1 500", and leaves out rows never filled', () => {
    const draft = toDraft(null);
    draft.filing = { ...draft.filing, filingBody: ' DAVA de Normandie ', steps: 'Livret 1\n\n  Livret 2 ', platforms: 'France VAE\n' };
    draft.rates.total = '12,5';
    draft.prices = [{ ...emptyPrice(), label: 'CPF', amountEuros: '1 500', fundingRoute: 'cpf' }, emptyPrice()];
    draft.training.units = [emptyUnit(), { ...emptyUnit(), semesters: [emptySemester()] }];
    const result = sent(validateDraft(draft));
    expect(result.vaeFiling).toEqual({ filingBody: 'DAVA de Normandie', feasibilityFile: null, validationFile: null, steps: ['Livret 1', 'Livret 2'], platforms: ['France VAE'], admissibilityDelayMonths: null });
    expect(result.validationRates).toEqual({ total: 12.5, partial: null, refusal: null, source: null });
    expect(result.prices).toEqual([{ label: 'CPF', fundingRoute: 'cpf', audience: null, provider: null, amountEuros: 1500, unit: 'total', taxIncluded: null }]);
    expect(result.training).toBeNull();
  });

  it('gives each row a distinct key', () => {
    const draft = toDraft(FULL_ENRICHMENT);
    const keys = [...draft.prices, ...draft.training.units, ...draft.dispenses].map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
