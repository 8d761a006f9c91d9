import { convert } from 'html-to-text';

/**
 * Value cleaners shared by the XML and CSV parsers. They are pure: each takes the raw string of
 * the export and returns the value to store, or throws a ValueError whose message (French)
 * the parser puts in the rejection of the record.
 */
export class ValueError extends Error {}

// Older exports (V2, V3) carry HTML in texts; V4 texts are plain with runs of spaces where the
// source had line breaks. A tag-looking sequence is the signal to render HTML.
const HTML_TAG = /<\/?(p|br|ul|ol|li|div|span|strong|b|i|em|u|h[1-6]|table|tr|td|a)\b[^>]*>/i;
const HTML_ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

export function cleanText(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let text = raw;
  if (HTML_TAG.test(text) || HTML_ENTITY.test(text)) {
    text = convert(text, {
      wordwrap: false,
      selectors: [
        { selector: 'a', options: { ignoreHref: true } },
        { selector: 'img', format: 'skip' },
      ],
    });
  }
  text = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    // Three spaces or more stand for a lost line break in the re-serialised exports.
    .replace(/[ \t]*\n[ \t\n]*|[ \t]{3,}/g, '\n')
    .replace(/[ \t]{2}/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
  return text === '' ? null : text;
}

/** A one-line value: whitespace collapsed, empty as null. */
export function cleanLine(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** `dd/mm/yyyy` (the registry's format) or ISO `yyyy-mm-dd` to ISO; an impossible date throws. */
export function parseFrenchDate(raw: string | null | undefined, field: string): string | null {
  const value = cleanLine(raw);
  if (value == null) return null;
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value);
  let year: number;
  let month: number;
  let dayOfMonth: number;
  if (fr) {
    [dayOfMonth, month, year] = [Number(fr[1]), Number(fr[2]), Number(fr[3])];
  } else if (iso) {
    [year, month, dayOfMonth] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    throw new ValueError(`date illisible « ${value} » dans ${field} (format jj/mm/aaaa attendu)`);
  }
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) {
    throw new ValueError(`date impossible « ${value} » dans ${field}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** The exports prefix SIRET values with a TAB (a spreadsheet trick); anything not 14 digits is dropped. */
export function cleanSiret(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const digits = raw.replace(/[\s\u00a0]/g, '');
  return /^\d{14}$/.test(digits) ? digits : null;
}

/** Oui/Non, ACTIVE/INACTIVE, true/false; anything else is unknown (null). */
export function parseYesNo(raw: string | null | undefined): boolean | null {
  const value = cleanLine(raw)?.toLowerCase();
  if (value == null) return null;
  if (['oui', 'active', 'actif', 'true', '1', 'o'].includes(value)) return true;
  if (['non', 'inactive', 'inactif', 'false', '0', 'n'].includes(value)) return false;
  return null;
}

/**
 * Labels of the exports repeat SQL-escaped apostrophes (`d''affaires`) and, in the CSV, start with
 * their own code (`"251 : Mécanique"`): both are removed.
 */
export function cleanCodeLabel(raw: string | null | undefined, code: string): string | null {
  const value = cleanLine(raw);
  if (value == null) return null;
  let label = value.replace(/''/g, "'");
  const prefix = new RegExp(`^${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[:\\-–]\\s*`, 'i');
  label = label.replace(prefix, '');
  return label === '' ? null : label;
}

export function parseOptionalInt(raw: string | null | undefined, field: string): number | null {
  const value = cleanLine(raw);
  if (value == null) return null;
  const normalized = value.replace(/\s/g, '').replace(',', '.');
  const n = Number(normalized);
  if (!Number.isFinite(n)) throw new ValueError(`nombre illisible « ${value} » dans ${field}`);
  return Math.round(n);
}

// Shared with the web app's enrichment form (an equivalence's target code).
export { parseCertificationCode } from '../../../../common/certifications';

/**
 * European level from `NIV5`, `5` or a label `Niveau 5 ...`. `REPRISE` and "Sans niveau" mean the
 * registry has no level (null); anything else is an unknown code.
 */
export function parseLevel(codeRaw: string | null | undefined, labelRaw: string | null | undefined): { level: number | null; code: string | null } {
  const code = cleanLine(codeRaw);
  const label = cleanLine(labelRaw);
  if (code == null && label == null) return { level: null, code: null };
  if (code != null) {
    const m = /^(?:NIV)?\s*([1-8])$/i.exec(code);
    if (m) return { level: Number(m[1]), code };
    if (/^(REPRISE|SANS\s*NIVEAU|NIV0|0)$/i.test(code)) return { level: null, code };
    throw new ValueError(`niveau inconnu « ${code} » (NIV1 à NIV8 attendu)`);
  }
  const fromLabel = /^niveau\s+([1-8])\b/i.exec(label ?? '');
  if (fromLabel) return { level: Number(fromLabel[1]), code: null };
  if (/^sans niveau/i.test(label ?? '')) return { level: null, code: null };
  throw new ValueError(`niveau inconnu « ${label} »`);
}

/** Lower-case, without diacritics or separators: used to match CSV entry names and column names. */
export function normalizeKey(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
