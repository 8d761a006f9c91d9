import { describe, expect, it } from 'vitest';
import { assessPassword } from './password-rule';

const met = (password: string) =>
  Object.fromEntries(assessPassword(password).criteria.map((criterion) => [criterion.id, criterion.met]));

describe('assessPassword', () => {
  it('accepts 12 characters mixing the four kinds of characters', () => {
    const result = assessPassword('Abcdefgh1234!');
    expect(result.valid).toBe(true);
    expect(result.satisfiedBy).toBe('complex');
  });

  it('accepts a passphrase of 20 characters or more, whatever its characters', () => {
    const result = assessPassword('le chat dort au soleil');
    expect(result.valid).toBe(true);
    expect(result.satisfiedBy).toBe('passphrase');
  });

  it('rejects a short password and says which criteria are missing', () => {
    const result = assessPassword('abc');
    expect(result.valid).toBe(false);
    expect(result.satisfiedBy).toBeNull();
    expect(met('abc')).toEqual({ length: false, upper: false, lower: true, digit: false, special: false, passphrase: false });
  });

  it('rejects 12 characters without a special character', () => {
    expect(assessPassword('Abcdefgh1234').valid).toBe(false);
    expect(met('Abcdefgh1234').special).toBe(false);
  });

  it('counts accented capitals and characters, not UTF-16 units', () => {
    expect(met('É').upper).toBe(true);
    expect(assessPassword('😀'.repeat(19)).valid).toBe(false);
    expect(assessPassword('😀'.repeat(20)).valid).toBe(true);
  });
});
