import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client';
import { ZSearchCertificationsQuerySchema } from '../certifications.schema';
import type { TSearchCertificationsInput, TSearchCertificationsQuery, TSearchCertificationsResponse } from '../certifications.schema';
import { presentCertificationSummary, presentFacets } from '../certifications.presenter';
import type { FacetRow, SummaryRow } from '../certifications.presenter';
import { rowsOf } from '../certifications.sql';
import { cachedFacets, rememberFacets } from './search-facets-cache';
import { filterConditions, filterKey } from './search-filters';
import { lookUpTokens, matchQuery, rankQuery, tokenize } from './search-terms';
import type { MatchQuery } from './search-terms';

export { tokenize } from './search-terms';

/**
 * Searches the catalogue: French full text (unaccented, stemmed, prefix per word), typos answered
 * by the catalogue's words that resemble them, the filters, relevance order, pagination and facet
 * counts over all matching records. Every word of the query must match, by its stem or by a close
 * spelling. With words, one statement selects the matches once (a materialised CTE) and feeds both
 * the page and the facets; without words, the facets of the filter combination are cached until the
 * catalogue changes and the page is read in the order of an index.
 */
export async function searchCertifications(options: { database: Database; query: TSearchCertificationsInput }): Promise<TSearchCertificationsResponse> {
  const query = ZSearchCertificationsQuerySchema.parse(options.query);
  const tokens = tokenize(query.q);
  return options.database.db.transaction(async (tx) => {
    const { items, facets } = tokens.length > 0 ? await searchWords(tx, query, tokens) : await browse(options.database, tx, query);
    return {
      items: items.map(presentCertificationSummary),
      total: facets?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
      facets: presentFacets(facets),
    };
  });
}

interface Found {
  items: SummaryRow[];
  facets: FacetRow | undefined;
}

async function searchWords(tx: Executor, query: TSearchCertificationsQuery, tokens: string[]): Promise<Found> {
  const lookup = await lookUpTokens(tx, tokens);
  const match = matchQuery(tokens, lookup);
  if (match === null) return { items: [], facets: undefined };
  const conditions = [...filterConditions(query), sql`c.search_vector @@ ${matchTsquery(match)}`];
  const normalized = tokens.join(' ');
  const order = sql`score DESC, active DESC, code`;
  const [row] = rowsOf<FacetRow & { items: SummaryRow[] }>(
    await tx.execute(sql`
      WITH m AS MATERIALIZED (
        SELECT c.id, c.code, ${FACET_COLUMNS}, c.search_text,
          ${cheapScore(query.q ?? '', normalized, rankQuery(tokens, lookup))} AS pre
        FROM certifications c WHERE ${sql.join(conditions, sql` AND `)}
      ),
      page AS (${pageOf(normalized, (query.page - 1) * query.pageSize, query.pageSize)})
      SELECT ${itemsOf(sql`page`, order)} AS items, ${facetSelect()}`),
  );
  return { items: row?.items ?? [], facets: row };
}

async function browse(database: Database, tx: Executor, query: TSearchCertificationsQuery): Promise<Found> {
  const conditions = filterConditions(query);
  const where = conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`true`;
  // Matches the certifications_browse_idx order, so a page is an index walk, not a sort of all rows.
  const order = sql`active DESC, level NULLS LAST, title, code`;
  const [revisionRow] = rowsOf<{ revision: string }>(await tx.execute(sql`SELECT revision::text AS revision FROM certification_catalogue_revision`));
  const revision = revisionRow?.revision ?? '0';
  const key = filterKey(query);
  let facets = cachedFacets(database, key, revision);
  if (!facets) {
    [facets] = rowsOf<FacetRow>(
      await tx.execute(sql`
        WITH m AS MATERIALIZED (SELECT c.id, ${FACET_COLUMNS} FROM certifications c WHERE ${where})
        SELECT ${facetSelect()}`),
    );
    if (facets) rememberFacets(database, key, revision, facets);
  }
  const [row] = rowsOf<{ items: SummaryRow[] }>(
    await tx.execute(sql`
      WITH page AS (
        SELECT c.id, NULL::real AS score FROM certifications c WHERE ${where}
        ORDER BY c.active DESC, c.level NULLS LAST, c.title, c.code
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
      )
      SELECT ${itemsOf(sql`page`, order)} AS items`),
  );
  return { items: row?.items ?? [], facets };
}

/**
 * The page of the matches `m`, ranked in two stages: every match has the cheap score (pre); the
 * RERANKED best of them get the closeness of the whole query to the title added (word_similarity,
 * the costly part: ~12 µs a row) and come first, in that order. The matches past them keep the cheap
 * order, the same on every page. A page within the best (the first pages, most searches) only
 * needs the best: a bounded sort of the matches, not a full one.
 */
function pageOf(normalized: string, offset: number, limit: number): SQL {
  const parts: SQL[] = [];
  if (offset < RERANKED) {
    parts.push(sql`(SELECT h.id, h.score FROM (
        SELECT b.id, b.active, b.code, b.pre + 2 * word_similarity(immutable_unaccent(${normalized}), b.search_text) AS score
        FROM (SELECT * FROM m ORDER BY m.pre DESC, m.active DESC, m.code LIMIT ${RERANKED}) b) h
      ORDER BY h.score DESC, h.active DESC, h.code LIMIT ${Math.min(limit, RERANKED - offset)} OFFSET ${offset})`);
  }
  if (offset + limit > RERANKED) {
    const from = Math.max(offset, RERANKED);
    parts.push(sql`(SELECT m.id, m.pre AS score FROM m ORDER BY m.pre DESC, m.active DESC, m.code LIMIT ${offset + limit - from} OFFSET ${from})`);
  }
  return sql.join(parts, sql` UNION ALL `);
}

/** Both halves of the match (see matchQuery), the named lexemes cast as they are. */
function matchTsquery(match: MatchQuery): SQL {
  const parts: SQL[] = [];
  if (match.lexemes !== null) parts.push(sql`${match.lexemes}::tsquery`);
  if (match.text !== null) parts.push(sql`to_tsquery('fr_unaccent', ${match.text})`);
  return sql`(${sql.join(parts, sql` && `)})`;
}

/** The page's records as one JSON array, in the page's order (`order` names columns of the rows). */
function itemsOf(page: SQL, order: SQL): SQL {
  return sql`(SELECT COALESCE(json_agg(x ORDER BY ${order}), '[]') FROM (
    SELECT c.id, c.code, c.kind, c.title, c.short_title, c.level, c.active, c.vae_open, c.source,
      c.registration_end_date::text AS registration_end_date, p.score::float8 AS score,
      COALESCE((SELECT json_agg(json_build_object('siret', f.siret, 'name', f.name) ORDER BY f.position)
        FROM certification_certificateurs f WHERE f.certification_id = c.id), '[]') AS certificateurs,
      COALESCE((SELECT json_agg(k.code ORDER BY k.position) FROM certification_codes k
        WHERE k.certification_id = c.id AND k.system = 'rome'), '[]') AS rome_codes,
      c.bloc_count
    FROM ${page} p JOIN certifications c ON c.id = p.id) x)`;
}

/** The columns of `certifications c` that facetSelect reads from the matches `m`. */
const FACET_COLUMNS = sql`c.level, c.kind, c.vae_open, c.active, c.bloc_count, c.facet_sirets, c.facet_names`;

/**
 * Facet counts over the matches `m`, as columns and the FROM clause that holds them: the plain
 * counts in one pass over m, levels and kinds in another (grouping sets), the certificateurs from
 * the records' facet arrays.
 */
function facetSelect(): SQL {
  return sql`
    counts.total, counts.vae_open, counts.active, counts.with_blocs, groups.levels, groups.kinds,
    (SELECT COALESCE(json_agg(x ORDER BY x.count DESC, x.name), '[]') FROM (
       -- A record lists each certificateur once in its facet arrays: count(*) counts records.
       SELECT max(f.siret) AS siret, min(f.name) AS name, count(*)::int AS count
       FROM m CROSS JOIN LATERAL unnest(m.facet_sirets, m.facet_names) AS f(siret, name)
       GROUP BY COALESCE(f.siret, lower(f.name)) ORDER BY count(*) DESC, min(f.name) LIMIT 20) x) AS certificateurs
    FROM (
      SELECT count(*)::int AS total, count(*) FILTER (WHERE m.vae_open)::int AS vae_open,
        count(*) FILTER (WHERE m.active)::int AS active, count(*) FILTER (WHERE m.bloc_count > 0)::int AS with_blocs
      FROM m) counts,
    (
      SELECT
        COALESCE(json_agg(json_build_object('level', g.level, 'count', g.count) ORDER BY g.level NULLS LAST) FILTER (WHERE g.by_level), '[]') AS levels,
        COALESCE(json_agg(json_build_object('kind', g.kind, 'count', g.count) ORDER BY g.kind) FILTER (WHERE NOT g.by_level), '[]') AS kinds
      FROM (SELECT m.level, m.kind, GROUPING(m.level) = 0 AS by_level, count(*)::int AS count
            FROM m GROUP BY GROUPING SETS ((m.level), (m.kind))) g) groups`;
}

/** How many of the best matches by the cheap score are reranked with the title's closeness. */
const RERANKED = 200;

/**
 * Relevance, cheap part: an exact code wins outright; the whole query inside the title; the
 * weighted full-text rank over the ranking vector (code and title weigh most, then blocs and
 * codes, certificateurs and jobs). The reranking adds the closeness to the title (trigrams, which
 * also absorbs typos).
 */
function cheapScore(q: string, normalized: string, anyWord: string): SQL {
  const code = q.trim().toUpperCase().replace(/\s+/g, '');
  return sql`(
    CASE WHEN c.code = ${code} OR c.number::text = ${code} THEN 10 ELSE 0 END
    + CASE WHEN c.search_text LIKE '%' || immutable_unaccent(${normalized}) || '%' THEN 1 ELSE 0 END
    + ts_rank(c.rank_vector, to_tsquery('fr_unaccent', ${anyWord}))
  )`;
}
