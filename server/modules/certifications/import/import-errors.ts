/**
 * An import that cannot go on: the file as a whole is unusable from some point. Its message is in
 * French and names the file and, when known, the line or entry; `code` is stable for programs.
 */
export type ImportFailureCode =
  | 'UNREADABLE_FILE'
  | 'UNKNOWN_FORMAT'
  | 'INVALID_ENCODING'
  | 'MALFORMED_XML'
  | 'FOREIGN_XML'
  | 'TRUNCATED_ZIP'
  | 'MISSING_CSV_ENTRY'
  | 'MISSING_CSV_COLUMN'
  | 'MALFORMED_CSV';

export class ImportFileError extends Error {
  readonly code: ImportFailureCode;
  readonly file: string;
  readonly line: number | null;

  constructor(code: ImportFailureCode, file: string, message: string, line: number | null = null) {
    super(message);
    this.name = 'ImportFileError';
    this.code = code;
    this.file = file;
    this.line = line;
  }
}

export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Why the database refused a write, for a person: the server's own message (the error carrying a
 * SQLSTATE, possibly the cause of a driver's wrapper), not the wrapper's copy of the statement
 * and its parameters, which for a set-based insert hold every text of the fiche.
 */
export function describeDatabaseError(err: unknown): string {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    if ('code' in e && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.message;
  }
  return (describeError(err).split('\n')[0] ?? '').slice(0, 300);
}
