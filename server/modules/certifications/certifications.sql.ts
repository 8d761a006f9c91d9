/**
 * Rows of a raw `execute()`: the PGlite and node-postgres drivers both answer `{ rows }`, which
 * Drizzle types as unknown because the driver is chosen at run time.
 */
export function rowsOf<T>(result: unknown): T[] {
  const rows = (result as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) throw new Error('Réponse inattendue de la base : aucune ligne renvoyée.');
  return rows as T[];
}
