import { CsvError, parse } from 'csv-parse/sync';

/**
 * Reading a CSV file a person uploads or names on the command line: strict UTF-8 with the first
 * bad line found, the separator French spreadsheets use, and each record with its line in the file
 * (for messages that name it). Each importer words its own French messages.
 */

/** The buffer as UTF-8 text, or null when it holds bytes that are not UTF-8. */
export function decodeUtf8(buffer: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return null;
  }
}

/** The first line (from 1) holding bytes that are not UTF-8, or null when every line is UTF-8. */
export function firstNonUtf8Line(buffer: Buffer): number | null {
  // A byte 0x0A is never part of a multi-byte character, so the file can be cut into lines first.
  let start = 0;
  for (let line = 1; start <= buffer.length; line += 1) {
    const end = buffer.indexOf(0x0a, start);
    const stop = end === -1 ? buffer.length : end;
    if (decodeUtf8(buffer.subarray(start, stop)) === null) return line;
    start = stop + 1;
  }
  return null;
}

/** `;` when the header line holds one (spreadsheets set to French write it), else `,`. */
export function sniffDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') ? ';' : ',';
}

export interface CsvLine {
  record: string[];
  /** The line of the file the record ends on (a quoted cell may span several). */
  line: number;
}

/** Thrown by parseCsvLines for a file csv-parse cannot read: its message, and the line when known. */
export class CsvReadError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

/** Every record with its line, cells trimmed, empty lines skipped. */
export function parseCsvLines(text: string, options: { delimiter: string }): CsvLine[] {
  try {
    // With `info`, csv-parse returns { record, info } per line; its typings do not say so.
    const rows = parse(text, { delimiter: options.delimiter, bom: true, skip_empty_lines: true, trim: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return rows.map(({ record, info }) => ({ record, line: info.lines }));
  } catch (err) {
    if (err instanceof CsvError) throw new CsvReadError(err.message, (err as CsvError & { lines?: number }).lines);
    throw err;
  }
}
