import { sql, type Column, type SQL } from 'drizzle-orm';

/**
 * `column = ANY($1::type[])`, the list sent as one array parameter. Drizzle's `inArray` sends one
 * bind parameter per value and checks each as it builds the statement: for a national scope (a
 * thousand structures) that costs more than the read itself. An empty list matches nothing.
 */
export const anyUuid = (column: Column, values: readonly string[]): SQL => sql`${column} = ANY(${sql.param([...values])}::uuid[])`;
export const anyText = (column: Column, values: readonly string[]): SQL => sql`${column} = ANY(${sql.param([...values])}::text[])`;
