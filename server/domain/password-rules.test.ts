import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from './password-rules';

describe('checkPasswordStrength (CNIL)', () => {
  it.each([
    ['Abcdefgh1234!', true],
    ['abcdefgh1234!', false],
    ['ABCDEFGH1234!', false],
    ['Abcdefghijk!x', false],
    ['Abcdefgh123x', false],
    ['Ab1!', false],
    ['correct cheval batterie agrafe', true],
    ['aaaaaaaaaaaaaaaaaaaaaaa', false],
    ['x'.repeat(300), false],
  ])('%s → acceptable: %s', (password, ok) => {
    expect(checkPasswordStrength(password) === null).toBe(ok);
  });
  it('explains the rule in French when it refuses', () => {
    expect(checkPasswordStrength('court')).toMatch(/au moins 12 caractères/);
  });
});
