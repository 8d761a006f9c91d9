import { describe, expect, it } from 'vitest';
import { EMPTY_ENRICHMENT, fromDraft, toDraft } from './enrichment-draft';

describe('enrichment form draft', () => {
  it('keeps the parts the form does not edit, and replaces the others', () => {
    const current = { ...EMPTY_ENRICHMENT, prices: [{ label: 'Accompagnement', fundingRoute: 'cpf' as const, audience: null, provider: null, amountEuros: 1500, unit: 'total' as const, taxIncluded: true }] };
    const draft = { ...toDraft(current), filingBody: ' DAVA de Normandie ', steps: 'Livret 1\n\nLivret 2', rateTotal: '62,5', validationConditions: 'Dossier complet' };
    const sent = fromDraft(draft, current);
    expect(sent.prices).toEqual(current.prices);
    expect(sent.vaeFiling).toMatchObject({ filingBody: 'DAVA de Normandie', steps: ['Livret 1', 'Livret 2'], admissibilityDelayMonths: null });
    expect(sent.validationRates).toEqual({ total: 62.5, partial: null, refusal: null, source: null });
    expect(sent.jury).toBeNull();
    expect(sent.validationConditions).toEqual(['Dossier complet']);
  });

  it('round-trips a stored enrichment unchanged', () => {
    const stored = fromDraft({ ...toDraft(null), filingBody: 'DDETS', juryDuration: '45', juryDescription: 'Oral' }, null);
    expect(fromDraft(toDraft(stored), stored)).toEqual(stored);
  });
});
