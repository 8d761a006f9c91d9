/**
 * CNIL recommendation (délibération 2022-100): at least 12 characters mixing upper case, lower case,
 * digits and special characters, or a passphrase of at least 20 characters... we accept either.
 * Returns the French reason for refusal, or null when the password is acceptable.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_LENGTH = 20;
export const PASSWORD_MAX_LENGTH = 256;

export function checkPasswordStrength(password: string): string | null {
  if (password.length > PASSWORD_MAX_LENGTH) return `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`;
  if (password.length >= PASSPHRASE_MIN_LENGTH && new Set(password).size >= 8) return null;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (password.length >= PASSWORD_MIN_LENGTH && classes === 4) return null;
  return `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères mêlant majuscules, minuscules, chiffres et caractères spéciaux, ou être une phrase de passe d’au moins ${PASSPHRASE_MIN_LENGTH} caractères.`;
}
