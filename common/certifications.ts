/**
 * Certification codes and the rules of a record's VAE enrichment that the server's schema and the
 * web app's enrichment form both apply, with the same French words.
 */

const CODE_PATTERN = /^(RNCP|RS)\s*0*(\d+)$/i;

/** `RNCP37274` / `RS5000` (case and spaces tolerated) to its canonical form, or null when unknown. */
export function parseCertificationCode(raw: string | null | undefined): { code: string; kind: 'rncp' | 'rs'; number: number } | null {
  const value = raw?.replace(/\s+/g, ' ').trim();
  if (!value) return null;
  const m = CODE_PATTERN.exec(value);
  if (!m || !m[1] || !m[2]) return null;
  const prefix = m[1].toUpperCase();
  const number = Number(m[2]);
  if (!Number.isSafeInteger(number) || number <= 0) return null;
  return { code: `${prefix}${number}`, kind: prefix === 'RNCP' ? 'rncp' : 'rs', number };
}

export const CERTIFICATION_CODE_MESSAGE = 'Saisissez un code de certification : RNCP ou RS suivi de son numéro (par exemple RNCP35830).';

export type BlocNoteProblem = 'unknown_bloc' | 'noted_twice';

/**
 * Checks a record's bloc notes in their order: each must be on one of the record's blocs (when
 * `blocCodes` is given) and on a bloc no earlier note is on, since the page shows a bloc's note
 * under it. The same rule for the server (update, seed) and the form; each words its message.
 */
export function blocNoteChecker(blocCodes?: readonly string[]): (blocCode: string) => BlocNoteProblem | null {
  const seen = new Set<string>();
  return (blocCode) => {
    const problem = blocCodes && !blocCodes.includes(blocCode) ? 'unknown_bloc' : seen.has(blocCode) ? 'noted_twice' : null;
    seen.add(blocCode);
    return problem;
  };
}

/** A bloc note says what the VAE looks for in the bloc, what it requires beforehand, or both. */
export const BLOC_NOTE_TEXT_MESSAGE = 'Renseignez ce que la VAE met en valeur dans ce bloc, ses prérequis, ou les deux.';
