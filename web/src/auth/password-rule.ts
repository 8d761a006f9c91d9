/**
 * The password rule of the platform, after the CNIL recommendation (deliberation 2022-100):
 * at least 12 characters mixing upper case, lower case, digits and special characters,
 * or a passphrase of at least 20 characters. The server has the last word (WEAK_PASSWORD).
 */

export const PASSWORD_RULE_TEXT =
  "12 caractères minimum mêlant majuscules, minuscules, chiffres et caractères spéciaux, ou phrase de passe d'au moins 20 caractères.";

export const COMPLEX_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_LENGTH = 20;

export interface PasswordCriterion {
  id: 'length' | 'upper' | 'lower' | 'digit' | 'special' | 'passphrase';
  label: string;
  met: boolean;
}

export interface PasswordAssessment {
  valid: boolean;
  /** Which branch of the rule is satisfied, if any. */
  satisfiedBy: 'complex' | 'passphrase' | null;
  criteria: PasswordCriterion[];
}

export function assessPassword(password: string): PasswordAssessment {
  const length = [...password].length;
  const criteria: PasswordCriterion[] = [
    { id: 'length', label: `${COMPLEX_MIN_LENGTH} caractères minimum`, met: length >= COMPLEX_MIN_LENGTH },
    { id: 'upper', label: 'une lettre majuscule', met: /\p{Lu}/u.test(password) },
    { id: 'lower', label: 'une lettre minuscule', met: /\p{Ll}/u.test(password) },
    { id: 'digit', label: 'un chiffre', met: /\p{Nd}/u.test(password) },
    { id: 'special', label: 'un caractère spécial', met: /[^\p{L}\p{Nd}]/u.test(password) },
    {
      id: 'passphrase',
      label: `ou une phrase de passe d'au moins ${PASSPHRASE_MIN_LENGTH} caractères (tous critères ci-dessus alors facultatifs)`,
      met: length >= PASSPHRASE_MIN_LENGTH,
    },
  ];
  const complex = criteria.filter((c) => c.id !== 'passphrase').every((c) => c.met);
  const passphrase = length >= PASSPHRASE_MIN_LENGTH;
  return {
    valid: complex || passphrase,
    satisfiedBy: complex ? 'complex' : passphrase ? 'passphrase' : null,
    criteria,
  };
}
