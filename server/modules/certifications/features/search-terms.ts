import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { rowsOf } from '../certifications.sql';

// French words that carry no meaning in a certification title; the database's own stop list
// would drop them from the tsquery, but a token must also not be required to match by trigrams.
const STOPWORDS = new Set(
  'au aux avec ce ces dans de des du en et la le les leur lui ma mais me mes mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes ton un une vos votre vous d l j a'.split(' '),
);
const MAX_TOKENS = 8;
// similarity() above which a known word stands for a mistyped one ("insersion" ~ "insertion": 0.54,
// "conseiler" ~ "conseiller": 0.75).
const TYPO_THRESHOLD = 0.45;
const ALTERNATIVES_PER_TOKEN = 5;

export function tokenize(q: string | undefined): string[] {
  if (!q) return [];
  const tokens = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length >= 2 && !STOPWORDS.has(unaccent(t)));
  return [...new Set(tokens)].slice(0, MAX_TOKENS);
}

function unaccent(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Typos are looked for in words only: "rncp37274" must not find every code that looks alike. */
export function mayBeMistyped(token: string): boolean {
  return token.length >= 4 && !/\d/.test(token);
}

// Beyond this many lexemes for one prefix, naming them costs the index more than the prefix does.
const MAX_EXPANSION = 64;

/** What the catalogue says about each token of a query. */
export interface TokenLookup {
  /** The token's lexemes, as the search configuration makes them: its stem, none for a stop word. */
  stems: Map<string, string[]>;
  /** Every lexeme of the catalogue that starts with the token's stem, when they are few and known. */
  expansions: Map<string, string[]>;
  /** The catalogue's words that resemble a mistyped-looking token, best first. */
  alternatives: Map<string, string[]>;
  /** Those words' lexemes. */
  alternativeLexemes: Map<string, string[]>;
}

/**
 * Looks the tokens up in one statement: their stems; for word-like tokens, the catalogue's words
 * that resemble them (certification_words and its trigram index) and the lexicon's lexemes that
 * start with their stem (certification_lexemes, in byte order: a prefix is a range of its key).
 * No expansion when the lexicon is behind the search vectors, or when it would be too long.
 */
export async function lookUpTokens(tx: Executor, tokens: string[]): Promise<TokenLookup> {
  const lookup: TokenLookup = { stems: new Map(), expansions: new Map(), alternatives: new Map(), alternativeLexemes: new Map() };
  if (tokens.length === 0) return lookup;
  const wordLike = tokens.map(mayBeMistyped);
  // Scoped to this transaction: the trigram operator % reads its threshold from this setting.
  if (wordLike.some(Boolean)) await tx.execute(sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`);
  const rows = rowsOf<{ token: string; stems: string[]; words: string[]; word_lexemes: string[]; expansion: string[] | null }>(
    await tx.execute(sql`
      SELECT t.token, s.stems, a.words,
        ARRAY(SELECT DISTINCT x FROM unnest(a.words) w, unnest(tsvector_to_array(to_tsvector('fr_unaccent', w))) x) AS word_lexemes,
        CASE WHEN t.word_like AND r.fresh AND cardinality(s.stems) = 1 THEN ARRAY(
          SELECT l.lexeme FROM certification_lexemes l
          WHERE l.lexeme >= s.stems[1] AND l.lexeme < left(s.stems[1], -1) || chr(ascii(right(s.stems[1], 1)) + 1)
          ORDER BY l.lexeme LIMIT ${MAX_EXPANSION + 1}) END AS expansion
      FROM unnest(${sql.param(tokens)}::text[], ${sql.param(wordLike)}::boolean[]) AS t(token, word_like)
      CROSS JOIN (SELECT lexicon_revision = search_revision AS fresh FROM certification_catalogue_revision) r
      CROSS JOIN LATERAL (SELECT tsvector_to_array(to_tsvector('fr_unaccent', t.token)) AS stems) s
      CROSS JOIN LATERAL (SELECT CASE WHEN t.word_like THEN ARRAY(
          SELECT w.word FROM certification_words w
          WHERE w.word % immutable_unaccent(t.token) AND w.word <> immutable_unaccent(t.token)
          ORDER BY similarity(w.word, immutable_unaccent(t.token)) DESC, w.word
          LIMIT ${ALTERNATIVES_PER_TOKEN}) ELSE '{}'::text[] END AS words) a`),
  );
  for (const row of rows) {
    lookup.stems.set(row.token, row.stems);
    if (row.words.length > 0) {
      lookup.alternatives.set(row.token, row.words);
      lookup.alternativeLexemes.set(row.token, row.word_lexemes);
    }
    if (row.expansion && row.expansion.length <= MAX_EXPANSION) lookup.expansions.set(row.token, row.expansion);
  }
  return lookup;
}

/** A lexeme in the tsquery input syntax: quoted, quotes doubled, backslashes escaped. */
function quoted(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The matching tsquery, in its input syntax (lexemes, not words: it is cast, not parsed again):
 * every token must match, by the prefix of its stem (the lexicon's lexemes that start with it,
 * named, or the prefix itself) or by one of the words it resembles. A stop word is left out, as
 * to_tsquery would. Null when some token can match nothing: the search then finds nothing.
 */
export function matchQuery(tokens: string[], lookup: TokenLookup): string | null {
  const groups: string[] = [];
  for (const token of tokens) {
    const stems = lookup.stems.get(token) ?? [];
    if (stems.length === 0) continue;
    const expansion = lookup.expansions.get(token);
    const own = expansion ? expansion.map(quoted) : [stems.map((s) => `${quoted(s)}:*`).join(' & ')];
    const terms = [...own, ...(lookup.alternativeLexemes.get(token) ?? []).map(quoted)];
    if (terms.length === 0) return null;
    groups.push(`(${terms.map((t) => (t.includes(' & ') ? `(${t})` : t)).join(' | ')})`);
  }
  return groups.length > 0 ? groups.join(' & ') : null;
}

/**
 * Any token or alternative, as to_tsquery text: what the ranking rewards. Ranking divides by the
 * number of terms, so tokens stay prefixes here (not their expansions): the order is the same
 * whether the lexicon is current or not.
 */
export function rankQuery(tokens: string[], lookup: TokenLookup): string {
  return tokens.flatMap((t) => [`${t}:*`, ...(lookup.alternatives.get(t) ?? [])]).join(' | ');
}
