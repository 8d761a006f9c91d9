import { describe, expect, it } from 'vitest';
import { enrichmentStateBadge, reasonsLabel } from './my-certifications-format';

describe('enrichmentStateBadge', () => {
  it('asks to complete a record without VAE information', () => {
    expect(enrichmentStateBadge({ enrichmentUpdatedAt: null, editedAt: null })).toEqual({ state: 'missing', label: 'Informations VAE à compléter', severity: 'warning' });
  });

  it('says the platform filled an enrichment no one edited', () => {
    expect(enrichmentStateBadge({ enrichmentUpdatedAt: '2026-03-02T09:00:00.000Z', editedAt: null })).toMatchObject({ state: 'reference', label: 'Renseignées par la plateforme' });
  });

  it('gives the day of the last edit, in Paris', () => {
    expect(enrichmentStateBadge({ enrichmentUpdatedAt: '2026-12-03T10:00:00.000Z', editedAt: '2026-12-03T10:00:00.000Z' })).toMatchObject({
      state: 'edited',
      label: 'Modifiées le 3 décembre 2026',
      severity: 'success',
    });
    // 23:30 UTC on 2 December is already 3 December in Paris.
    expect(enrichmentStateBadge({ enrichmentUpdatedAt: null, editedAt: '2026-12-02T23:30:00.000Z' }).label).toBe('Modifiées le 3 décembre 2026');
  });
});

describe('reasonsLabel', () => {
  it('words each reason, and both', () => {
    expect(reasonsLabel(['manager'])).toBe('Gestionnaire désignée');
    expect(reasonsLabel(['siret'])).toBe('Certificateur au registre');
    expect(reasonsLabel(['manager', 'siret'])).toBe('Gestionnaire désignée et certificateur au registre');
    expect(reasonsLabel([])).toBe('—');
  });
});
