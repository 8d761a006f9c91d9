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

/**
 * Words (four letters or more, no digit) are looked up, for typos and in the lexicon; codes and
 * abbreviations are not: "rncp37274" must not find every code that looks alike.
 */
export function isWordLike(token: string): boolean {
  return token.length >= 4 && !/\d/.test(token);
}

// Beyond this many lexemes for one prefix, naming them costs the index more than the prefix does.
const MAX_EXPANSION = 64;

/** What the catalogue says about the word-like tokens of a query. */
export interface TokenLookup {
  /** Every lexeme of the catalogue that starts with the token's stem, when they are few and known. */
  expansions: Map<string, string[]>;
  /** The catalogue's words that resemble a mistyped-looking token, best first. */
  alternatives: Map<string, string[]>;
  /** Those words' lexemes. */
  alternativeLexemes: Map<string, string[]>;
}

/**
 * Looks the word-like tokens up in one statement: the catalogue's words that resemble them
 * (certification_words and its trigram index) and the lexicon's lexemes that start with their stem
 * (certification_lexemes, in byte order: a prefix is a range of its key). No expansion when the
 * lexicon is behind the search vectors, or when it would be too long. Codes and abbreviations are
 * not looked up: they match by prefix, with no statement before the search.
 */
export async function lookUpTokens(tx: Executor, tokens: string[]): Promise<TokenLookup> {
  const lookup: TokenLookup = { expansions: new Map(), alternatives: new Map(), alternativeLexemes: new Map() };
  const candidates = tokens.filter(isWordLike);
  if (candidates.length === 0) return lookup;
  // Scoped to this transaction: the trigram operator % reads its threshold from this setting.
  await tx.execute(sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`);
  const rows = rowsOf<{ token: string; words: string[]; word_lexemes: string[]; expansion: string[] | null }>(
    await tx.execute(sql`
      SELECT t.token, a.words,
        ARRAY(SELECT DISTINCT x FROM unnest(a.words) w, unnest(tsvector_to_array(to_tsvector('fr_unaccent', w))) x) AS word_lexemes,
        CASE WHEN r.fresh AND cardinality(s.stems) = 1 THEN ARRAY(
          SELECT l.lexeme FROM certification_lexemes l
          WHERE l.lexeme >= s.stems[1] AND l.lexeme < left(s.stems[1], -1) || chr(ascii(right(s.stems[1], 1)) + 1)
          ORDER BY l.lexeme LIMIT ${MAX_EXPANSION + 1}) END AS expansion
      FROM unnest(${sql.param(candidates)}::text[]) AS t(token)
      CROSS JOIN (SELECT lexicon_revision = search_revision AS fresh FROM certification_catalogue_revision) r
      CROSS JOIN LATERAL (SELECT tsvector_to_array(to_tsvector('fr_unaccent', t.token)) AS stems) s
      CROSS JOIN LATERAL (SELECT ARRAY(
          SELECT w.word FROM certification_words w
          WHERE w.word % immutable_unaccent(t.token) AND w.word <> immutable_unaccent(t.token)
          ORDER BY similarity(w.word, immutable_unaccent(t.token)) DESC, w.word
          LIMIT ${ALTERNATIVES_PER_TOKEN}) AS words) a`),
  );
  for (const row of rows) {
    lookup.alternatives.set(row.token, row.words);
    lookup.alternativeLexemes.set(row.token, row.word_lexemes);
    if (row.expansion && row.expansion.length <= MAX_EXPANSION) lookup.expansions.set(row.token, row.expansion);
  }
  return lookup;
}

/** A lexeme in the tsquery input syntax: quoted, quotes doubled, backslashes escaped. */
function quoted(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The matching query: every token must match, by the prefix of its stem or by one of the words it
 * resembles. Two halves, both required: `lexemes`, for tokens whose prefix the lexicon names (the
 * lexemes themselves, in tsquery input syntax, cast as they are), and `text`, for the others
 * (to_tsquery text: the token as a prefix, stemmed by to_tsquery, which also drops a stop word).
 * Null when some token can match nothing (or there is no token): the search then finds nothing.
 */
export interface MatchQuery {
  lexemes: string | null;
  text: string | null;
}

export function matchQuery(tokens: string[], lookup: TokenLookup): MatchQuery | null {
  const lexemeGroups: string[] = [];
  const textGroups: string[] = [];
  for (const token of tokens) {
    const expansion = lookup.expansions.get(token);
    if (expansion) {
      const terms = [...expansion, ...(lookup.alternativeLexemes.get(token) ?? [])].map(quoted);
      if (terms.length === 0) return null;
      lexemeGroups.push(`(${terms.join(' | ')})`);
    } else {
      textGroups.push(`(${[`${token}:*`, ...(lookup.alternatives.get(token) ?? [])].join(' | ')})`);
    }
  }
  if (lexemeGroups.length === 0 && textGroups.length === 0) return null;
  return { lexemes: lexemeGroups.length > 0 ? lexemeGroups.join(' & ') : null, text: textGroups.length > 0 ? textGroups.join(' & ') : null };
}

/**
 * Any token or alternative, as to_tsquery text: what the ranking rewards. Ranking divides by the
 * number of terms, so tokens stay prefixes here (not their expansions): the order is the same
 * whether the lexicon is current or not.
 */
export function rankQuery(tokens: string[], lookup: TokenLookup): string {
  return tokens.flatMap((t) => [`${t}:*`, ...(lookup.alternatives.get(t) ?? [])]).join(' | ');
}
