import { describe, expect, it } from 'vitest';
import { emptyLine, lineInput } from './line-fields';

describe('lineInput', () => {
  it('sends a département line with whole euros turned into cents', () => {
    expect(lineInput({ ...emptyLine(1), territory: 'd:14', quantity: '24', budgetEuros: '19200' })).toEqual({ service: 'assistance_renforcee', departementCode: '14', quantity: 24, budgetCents: 1_920_000 });
  });
  it('sends a zone line by its id, and reads a French decimal comma in the budget', () => {
    expect(lineInput({ ...emptyLine(2, 'conseil_vae'), territory: 'z:5b3c0a52-0f5e-4d3b-9a57-2f7d0c1e9b11', quantity: '3', budgetEuros: '1234,56' })).toEqual({
      service: 'conseil_vae',
      zoneId: '5b3c0a52-0f5e-4d3b-9a57-2f7d0c1e9b11',
      quantity: 3,
      budgetCents: 123_456,
    });
  });
});
