import { describe, expect, it } from 'vitest';
import { parseLines, parseList } from './line-list';

describe('parseLines', () => {
  it('keeps one trimmed entry per non-empty line', () => {
    expect(parseLines(' Obtenir le bloc 1 \r\n\n  \nPréparer le jury ')).toEqual(['Obtenir le bloc 1', 'Préparer le jury']);
  });

  it('keeps commas inside a line', () => {
    expect(parseLines('Lire, écrire et compter')).toEqual(['Lire, écrire et compter']);
  });

  it('returns an empty list for blank text', () => {
    expect(parseLines('  \n ')).toEqual([]);
  });
});

describe('parseList', () => {
  it('splits on commas, semicolons and line breaks and drops duplicates', () => {
    expect(parseList('mobilité, garde d’enfants\nnumérique ; mobilité')).toEqual(['mobilité', 'garde d’enfants', 'numérique']);
  });

  it('ignores empty entries', () => {
    expect(parseList(', ,\n')).toEqual([]);
  });
});
