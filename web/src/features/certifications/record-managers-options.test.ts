import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../api/types';
import { frenchList, managerCandidates, optionLabel, siretEditors } from './record-managers-options';

function org(id: string, name: string, extra: Partial<Organisation> = {}): Organisation {
  return { id, kind: 'certificateur', name, siret: null, departementCodes: [], disabled: false, createdAt: '2025-01-01T00:00:00.000Z', ...extra };
}

describe('managerCandidates', () => {
  it('keeps the certificateurs that do not manage the record, sorted by name in French', () => {
    const organisations = [org('1', 'Éducation nationale'), org('2', 'DREETS'), org('3', 'CIBC', { kind: 'counselling_structure' }), org('4', 'Cnam'), org('5', 'Afpa')];
    expect(managerCandidates(organisations, ['2']).map((o) => o.name)).toEqual(['Afpa', 'Cnam', 'Éducation nationale']);
  });

  it('keeps the disabled ones (the form shows them disabled)', () => {
    expect(managerCandidates([org('1', 'DAVA', { disabled: true })], [])).toHaveLength(1);
  });
});

describe('siretEditors', () => {
  it('finds the enabled certificateurs whose SIRET is one of the record’s, spaces aside', () => {
    const organisations = [
      org('1', 'DREETS', { siret: '11000007200014' }),
      org('2', 'DAVA', { siret: '19141234500011' }),
      org('3', 'Ancienne DREETS', { siret: '11000007200014', disabled: true }),
      org('4', 'Partenaire', { siret: '11000007200014', kind: 'partner' }),
      org('5', 'Sans SIRET'),
    ];
    expect(siretEditors(organisations, [{ siret: '110 000 072 00014' }, { siret: null }]).map((o) => o.id)).toEqual(['1']);
  });

  it('finds nobody when the record gives no SIRET', () => {
    expect(siretEditors([org('1', 'Sans SIRET'), org('2', 'DREETS', { siret: '11000007200014' })], [{ siret: null }, { siret: ' ' }])).toEqual([]);
  });
});

describe('frenchList and optionLabel', () => {
  it('joins names the French way', () => {
    expect(frenchList([])).toBe('');
    expect(frenchList(['A'])).toBe('A');
    expect(frenchList(['A', 'B'])).toBe('A et B');
    expect(frenchList(['A', 'B', 'C'])).toBe('A, B et C');
  });

  it('names an organisation with its SIRET and whether it is disabled', () => {
    expect(optionLabel({ name: 'DAVA', siret: null, disabled: false })).toBe('DAVA');
    expect(optionLabel({ name: 'DREETS', siret: '11000007200014', disabled: true })).toBe('DREETS (SIRET 11000007200014) – désactivée');
  });
});
