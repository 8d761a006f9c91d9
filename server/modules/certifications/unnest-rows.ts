import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';

/**
 * Set-based writes: a batch of rows travels as one array parameter per column and is expanded by
 * `unnest()` in the database, instead of one bind parameter per cell built by Drizzle's row
 * builder (thousands per statement, and most of the importer's own CPU time). Works the same on
 * node-postgres and PGlite, which both serialise a JS array as a PostgreSQL array literal.
 */

/** How a column travels: its element type, or `jsonb` / `int4[]` sent as text and cast after. */
export type UnnestType = 'text' | 'uuid' | 'int2' | 'int4' | 'bool' | 'date' | 'timestamptz' | 'jsonb' | 'int4[]';

export interface UnnestColumn<T> {
  /** The SQL column name (trusted: written in the code, never taken from input). */
  name: string;
  type: UnnestType;
  value: (row: T) => unknown;
}

type Cell = string | number | boolean | null;

// unnest() flattens every dimension of a multi-dimensional array, so an array column cannot travel
// as a 2-D array: it goes as the text of its array literal. JSON goes as text too, so neither driver
// applies its own JSON serialisation to the elements.
function travelsAsText(type: UnnestType): boolean {
  return type === 'jsonb' || type === 'int4[]';
}

function toCell(type: UnnestType, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'int4[]') return `{${(value as number[]).map((n) => String(Math.trunc(n))).join(',')}}`;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  throw new Error(`unnest: unsupported value of type ${typeof value} for a ${type} column`);
}

function quoted(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unnest: invalid column name ${name}`);
  return `"${name}"`;
}

/** `("a", "b", …)`: the target column list of the INSERT. */
export function columnList(columns: readonly { name: string }[]): SQL {
  return sql.raw(`(${columns.map((c) => quoted(c.name)).join(', ')})`);
}

/** `u."a", u."b", …`: the columns read back from a relation, by its alias. */
export function qualifiedList(alias: string, columns: readonly { name: string }[]): SQL {
  return sql.raw(columns.map((c) => `${alias}.${quoted(c.name)}`).join(', '));
}

/**
 * `SELECT u."a", u."b"::jsonb, … FROM unnest($1::text[], $2::text[], …) AS u("a", "b", …)`: the
 * rows as a relation, one parameter per column.
 */
export function unnestSelect<T>(columns: UnnestColumn<T>[], rows: readonly T[]): SQL {
  const selectList = columns
    .map((c) => (travelsAsText(c.type) ? `u.${quoted(c.name)}::${c.type}` : `u.${quoted(c.name)}`))
    .join(', ');
  const params = columns.map((c) => {
    const cells = rows.map((row) => toCell(c.type, c.value(row)));
    return sql`${sql.param(cells)}::${sql.raw(travelsAsText(c.type) ? 'text' : c.type)}[]`;
  });
  const alias = columns.map((c) => quoted(c.name)).join(', ');
  return sql`SELECT ${sql.raw(selectList)} FROM unnest(${sql.join(params, sql`, `)}) AS u(${sql.raw(alias)})`;
}

/** `"a" = excluded."a", …`: the SET list of an upsert over the given columns. */
export function excludedSet(columns: readonly { name: string }[], keep: ReadonlySet<string>): SQL {
  return sql.raw(
    columns
      .filter((c) => !keep.has(c.name))
      .map((c) => `${quoted(c.name)} = excluded.${quoted(c.name)}`)
      .join(', '),
  );
}
