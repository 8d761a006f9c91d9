/**
 * Numbers typed in the enrichment form: French writing accepted ("12,5", "1 500"), anything else
 * ("45 min", "80 %") refused with a message rather than sent as NaN (which JSON turns into null).
 */

/** What the schema allows for a number field. */
export type NumberKind = 'positiveInteger' | 'nonNegativeInteger' | 'integer' | 'nonNegative' | 'percent' | 'level';

export const NUMBER_MESSAGES: Record<NumberKind, string> = {
  positiveInteger: 'Saisissez un nombre entier supérieur à 0, sans unité (par exemple 45).',
  nonNegativeInteger: 'Saisissez un nombre entier positif ou nul, sans unité (par exemple 3).',
  integer: 'Saisissez un nombre entier (par exemple 2024).',
  nonNegative: 'Saisissez un nombre positif ou nul, sans unité (par exemple 12 ou 12,5).',
  percent: 'Saisissez un pourcentage entre 0 et 100, sans le signe % (par exemple 62,5).',
  level: 'Saisissez un niveau entre 1 et 8.',
};

const NUMBER_PATTERN = /^[-+]?\d+(?:[.,]\d+)?$/;

/**
 * The number a person typed: null when the field is empty, NaN when it is not a number. Spaces
 * between digits (thousands) and a decimal comma are accepted.
 */
export function parseFrenchNumber(text: string): number | null {
  const compact = text.trim().replace(/(\d)[\s\u00a0\u202f]+(?=\d)/g, '$1');
  if (compact === '') return null;
  if (!NUMBER_PATTERN.test(compact)) return Number.NaN;
  return Number(compact.replace(',', '.'));
}

function fits(value: number, kind: NumberKind): boolean {
  switch (kind) {
    case 'positiveInteger':
      return Number.isInteger(value) && value > 0;
    case 'nonNegativeInteger':
      return Number.isInteger(value) && value >= 0;
    case 'integer':
      return Number.isInteger(value);
    case 'nonNegative':
      return value >= 0;
    case 'percent':
      return value >= 0 && value <= 100;
    case 'level':
      return Number.isInteger(value) && value >= 1 && value <= 8;
  }
}

export type NumberReading = { ok: true; value: number | null } | { ok: false; message: string };

/** Reads a number field: empty gives null; a value that is not a number of this kind gives the French message. */
export function readNumber(text: string, kind: NumberKind): NumberReading {
  const value = parseFrenchNumber(text);
  if (value === null) return { ok: true, value: null };
  if (Number.isNaN(value) || !fits(value, kind)) return { ok: false, message: NUMBER_MESSAGES[kind] };
  return { ok: true, value };
}
