import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { ZSearchCertificationsQuerySchema } from '../certifications.schema';
import type { TSearchCertificationsInput, TSearchCertificationsResponse } from '../certifications.schema';
import { presentCertificationSummary, presentFacets } from '../certifications.presenter';
import type { FacetRow, SummaryRow } from '../certifications.presenter';
import { rowsOf } from '../certifications.sql';

// French words that carry no meaning in a certification title; the database's own stop list
// would drop them from the tsquery, but a token must also not be required to match by trigrams.
const STOPWORDS = new Set(
  'au aux avec ce ces dans de des du en et la le les leur lui ma mais me mes mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes ton un une vos votre vous d l j a'.split(' '),
);
const MAX_TOKENS = 8;
// word_similarity() above which a mistyped word counts as found ("insersion" ~ "insertion": 0.54).
const TYPO_THRESHOLD = 0.45;

export function tokenize(q: string | undefined): string[] {
  if (!q) return [];
  const tokens = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length >= 2 && !STOPWORDS.has(t.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
  return [...new Set(tokens)].slice(0, MAX_TOKENS);
}

/**
 * Searches the catalogue: French full text (unaccented, stemmed, prefix per word) with a trigram
 * fallback per word for typos, the filters, relevance order, pagination and facet counts over all
 * matching records. Every word of the query must match, by its stem or by a close spelling.
 */
export async function searchCertifications(options: { database: Database; query: TSearchCertificationsInput }): Promise<TSearchCertificationsResponse> {
  const query = ZSearchCertificationsQuerySchema.parse(options.query);
  const tokens = tokenize(query.q);
  const conditions: SQL[] = [];

  if (query.activeOnly) conditions.push(sql`c.active AND c.deactivated_at IS NULL`);
  if (query.kind) conditions.push(sql`c.kind = ${query.kind}`);
  if (query.levels && query.levels.length > 0) conditions.push(sql`c.level = ANY(${sql.param(query.levels)}::int[])`);
  if (query.vaeOpen !== undefined) conditions.push(sql`c.vae_open = ${query.vaeOpen}`);
  if (query.hasBlocs !== undefined) {
    const exists = sql`EXISTS (SELECT 1 FROM certification_blocs b WHERE b.certification_id = c.id)`;
    conditions.push(query.hasBlocs ? exists : sql`NOT ${exists}`);
  }
  if (query.certificateur) {
    const value = query.certificateur;
    conditions.push(
      /^\d{14}$/.test(value)
        ? sql`EXISTS (SELECT 1 FROM certification_certificateurs f WHERE f.certification_id = c.id AND f.siret = ${value})`
        : sql`EXISTS (SELECT 1 FROM certification_certificateurs f WHERE f.certification_id = c.id AND lower(f.name) = lower(${value}))`,
    );
  }
  if (query.rome) conditions.push(codeFilter('rome', sql`k.code = ${query.rome}`));
  if (query.formacode) conditions.push(codeFilter('formacode', sql`k.code = ${query.formacode}`));
  if (query.nsf) {
    // A three-digit group also finds its specialities with a function letter (332 finds 332t).
    const nsf = query.nsf;
    conditions.push(codeFilter('nsf', nsf.length === 3 ? sql`left(k.code, 3) = ${nsf}` : sql`k.code = ${nsf}`));
  }
  for (const token of tokens) {
    // Typos are looked for in words only: "rncp37274" must not find every code that looks alike.
    const fuzzy = token.length >= 4 && !/\d/.test(token) ? sql` OR immutable_unaccent(${token}) <% c.search_text` : sql``;
    conditions.push(sql`(c.search_vector @@ to_tsquery('fr_unaccent', ${`${token}:*`})${fuzzy})`);
  }
  const where = conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`true`;
  const score = tokens.length > 0 ? scoreExpression(query.q ?? '', tokens) : sql`NULL::real`;
  const order = tokens.length > 0 ? sql`score DESC, c.active DESC, c.code` : sql`c.active DESC, c.level NULLS LAST, c.title, c.code`;
  const offset = (query.page - 1) * query.pageSize;

  return options.database.db.transaction(async (tx) => {
    // Scoped to this transaction: the trigram operator <% reads its threshold from this setting.
    await tx.execute(sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`);
    const items = rowsOf<SummaryRow>(
      await tx.execute(sql`
        WITH page AS (
          SELECT c.id, ${score} AS score FROM certifications c
          WHERE ${where}
          ORDER BY ${order}
          LIMIT ${query.pageSize} OFFSET ${offset}
        )
        SELECT c.id, c.code, c.kind, c.title, c.short_title, c.level, c.active, c.vae_open, c.source,
          c.registration_end_date::text AS registration_end_date, page.score::float8 AS score,
          COALESCE((SELECT json_agg(json_build_object('siret', f.siret, 'name', f.name) ORDER BY f.position)
            FROM certification_certificateurs f WHERE f.certification_id = c.id), '[]') AS certificateurs,
          COALESCE((SELECT json_agg(k.code ORDER BY k.position) FROM certification_codes k
            WHERE k.certification_id = c.id AND k.system = 'rome'), '[]') AS rome_codes,
          (SELECT count(*)::int FROM certification_blocs b WHERE b.certification_id = c.id) AS bloc_count
        FROM page JOIN certifications c ON c.id = page.id
        ORDER BY ${order}`),
    );
    const [facets] = rowsOf<FacetRow>(
      await tx.execute(sql`
        WITH m AS (SELECT c.id, c.level, c.kind, c.vae_open, c.active FROM certifications c WHERE ${where})
        SELECT
          (SELECT count(*)::int FROM m) AS total,
          (SELECT COALESCE(json_agg(x ORDER BY x.level NULLS LAST), '[]')
             FROM (SELECT level, count(*)::int AS count FROM m GROUP BY level) x) AS levels,
          (SELECT COALESCE(json_agg(x ORDER BY x.kind), '[]')
             FROM (SELECT kind, count(*)::int AS count FROM m GROUP BY kind) x) AS kinds,
          (SELECT COALESCE(json_agg(x ORDER BY x.count DESC, x.name), '[]') FROM (
             SELECT max(f.siret) AS siret, min(f.name) AS name, count(DISTINCT m.id)::int AS count
             FROM m JOIN certification_certificateurs f ON f.certification_id = m.id
             GROUP BY COALESCE(f.siret, lower(f.name)) ORDER BY count(DISTINCT m.id) DESC, min(f.name) LIMIT 20) x) AS certificateurs,
          (SELECT count(*)::int FROM m WHERE m.vae_open) AS vae_open,
          (SELECT count(*)::int FROM m WHERE m.active) AS active,
          (SELECT count(*)::int FROM m WHERE EXISTS (SELECT 1 FROM certification_blocs b WHERE b.certification_id = m.id)) AS with_blocs`),
    );
    return {
      items: items.map(presentCertificationSummary),
      total: facets?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
      facets: presentFacets(facets),
    };
  });
}

function codeFilter(system: string, match: SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM certification_codes k WHERE k.certification_id = c.id AND k.system = ${system} AND ${match})`;
}

/**
 * Relevance: an exact code wins outright; then closeness of the whole query to the title
 * (trigrams, which also absorbs typos), then the weighted full-text rank (code and title weigh
 * most, then blocs and codes, certificateurs and jobs, other texts).
 */
function scoreExpression(q: string, tokens: string[]): SQL {
  const normalized = tokens.join(' ');
  const anyToken = tokens.map((t) => `${t}:*`).join(' | ');
  const code = q.trim().toUpperCase().replace(/\s+/g, '');
  return sql`(
    CASE WHEN c.code = ${code} OR c.number::text = ${code} THEN 10 ELSE 0 END
    + 2 * word_similarity(immutable_unaccent(${normalized}), c.search_text)
    + CASE WHEN c.search_text LIKE '%' || immutable_unaccent(${normalized}) || '%' THEN 1 ELSE 0 END
    + ts_rank(c.search_vector, to_tsquery('fr_unaccent', ${anyToken}))
  )`;
}
