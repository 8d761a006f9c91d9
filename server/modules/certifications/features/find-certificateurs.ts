import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { rowsOf } from '../certifications.sql';
import type { TCertificateurMatches, TFindCertificateursQuery } from '../certifications.schema';

/**
 * The certificateurs of the catalogue whose name holds the words typed (accents and case aside) or
 * whose SIRET starts with the digits typed, with how many records each certifies: what the search
 * form offers beyond the 20 biggest certificateurs of its facets. One entry per SIRET, or per name
 * for a certificateur without one, as the certificateur facet counts them.
 */
export async function findCertificateurs(options: { database: Database; query: TFindCertificateursQuery }): Promise<TCertificateurMatches> {
  const { q, limit } = options.query;
  const digits = q.replace(/\s+/g, '');
  const bySiret = /^\d{3,14}$/.test(digits);
  // Each word of the query inside the name, in any order.
  const words = q
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
  const match = bySiret
    ? sql`f.siret LIKE ${`${digits}%`}`
    : sql.join(
        words.map((w) => sql`f.name_key LIKE '%' || lower(immutable_unaccent(${w})) || '%'`),
        sql` AND `,
      );
  const rows = rowsOf<{ siret: string | null; name: string; count: number }>(
    await options.database.db.execute(sql`
      SELECT max(f.siret) AS siret, min(f.name) AS name, count(DISTINCT f.certification_id)::int AS count
      FROM certification_certificateurs f
      WHERE ${match}
      GROUP BY COALESCE(f.siret, lower(f.name))
      ORDER BY count(DISTINCT f.certification_id) DESC, min(f.name)
      LIMIT ${limit}`),
  );
  return { items: rows };
}
