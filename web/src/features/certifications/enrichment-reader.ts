/**
 * Reads the draft's strings into the values of the enrichment and collects, for every field that
 * cannot be sent, its path (which also names the field in the page), its label and a French message.
 */
import { CERTIFICATION_CODE_MESSAGE, parseCertificationCode } from '../../../../common/certifications';
import { REQUIRED_MESSAGE } from '../../components/validation';
import { readNumber, type NumberKind } from './enrichment-numbers';

export interface FieldIssue {
  /** Where the field is in the draft ("prices.1.amountEuros"); enrichment-fields.tsx turns it into the input's id. */
  path: string;
  /** The field's label, preceded by its row ("Tarif 2 – Montant (€)"). */
  label: string;
  message: string;
}

export const ROME_CODE_MESSAGE = 'Saisissez un code ROME : une lettre de A à N puis quatre chiffres (par exemple K1801).';
export const DATE_MESSAGE = 'Saisissez une date valide.';

/** A field's place: its path in the draft and its label for the summary. */
export interface At {
  path: string;
  label: string;
}

/** Fields of one part of the draft (`prices.1`, labelled "Tarif 2"). */
export const inside = (prefix: string, labelPrefix: string) => (field: string, label: string): At => ({
  path: prefix ? `${prefix}.${field}` : field,
  label: labelPrefix ? `${labelPrefix} – ${label}` : label,
});

/** The trimmed text, or null when empty. */
export const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The non-empty lines of a text area, trimmed. */
export const lines = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export class DraftReader {
  readonly issues: FieldIssue[] = [];

  fail(at: At, message: string): void {
    this.issues.push({ path: at.path, label: at.label, message });
  }

  /** A text the schema requires (min 1). */
  required(at: At, value: string): string {
    const text = value.trim();
    if (text === '') this.fail(at, REQUIRED_MESSAGE);
    return text;
  }

  /** A number that may be left empty. */
  number(at: At, value: string, kind: NumberKind): number | null {
    const reading = readNumber(value, kind);
    if (reading.ok) return reading.value;
    this.fail(at, reading.message);
    return null;
  }

  /** A number the schema requires (0 is returned with the issue, never sent). */
  requiredNumber(at: At, value: string, kind: NumberKind): number {
    if (value.trim() === '') {
      this.fail(at, REQUIRED_MESSAGE);
      return 0;
    }
    return this.number(at, value, kind) ?? 0;
  }

  date(at: At, value: string): string | null {
    const text = value.trim();
    if (text === '') return null;
    if (!isIsoDate(text)) this.fail(at, DATE_MESSAGE);
    return text;
  }

  romeCode(at: At, value: string): string {
    const code = value.trim().toUpperCase();
    if (code === '') this.fail(at, REQUIRED_MESSAGE);
    else if (!/^[A-N]\d{4}$/.test(code)) this.fail(at, ROME_CODE_MESSAGE);
    return code;
  }

  /** A certification code that may be left empty, sent in its canonical form ("rncp 035830" as RNCP35830). */
  certificationCode(at: At, value: string): string | null {
    const text = value.trim();
    if (text === '') return null;
    const parsed = parseCertificationCode(text);
    if (!parsed) this.fail(at, CERTIFICATION_CODE_MESSAGE);
    return parsed?.code ?? text;
  }
}

/** True when a row is as the "Ajouter" button made it: such rows are left out, not refused. */
export function isUntouched(row: object, empty: object): boolean {
  const template = empty as Record<string, unknown>;
  return Object.entries(row).every(([name, value]) => {
    if (name === 'key') return true;
    if (Array.isArray(value)) return value.length === 0;
    return typeof value === 'string' ? value.trim() === template[name] : value === template[name];
  });
}
