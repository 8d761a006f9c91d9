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

/**
 * The catalogue's words that resemble each mistyped-looking token, best first. One statement for all
 * tokens, against the small certification_words table and its trigram index.
 */
export async function findAlternatives(tx: Executor, tokens: string[]): Promise<Map<string, string[]>> {
  const candidates = tokens.filter(mayBeMistyped);
  const out = new Map<string, string[]>();
  if (candidates.length === 0) return out;
  // Scoped to this transaction: the trigram operator % reads its threshold from this setting.
  await tx.execute(sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`);
  const rows = rowsOf<{ token: string; words: string[] }>(
    await tx.execute(sql`
      SELECT t.token, ARRAY(
        SELECT w.word FROM certification_words w
        WHERE w.word % immutable_unaccent(t.token) AND w.word <> immutable_unaccent(t.token)
        ORDER BY similarity(w.word, immutable_unaccent(t.token)) DESC, w.word
        LIMIT ${ALTERNATIVES_PER_TOKEN}) AS words
      FROM unnest(${sql.param(candidates)}::text[]) AS t(token)`),
  );
  for (const row of rows) out.set(row.token, row.words);
  return out;
}

/**
 * The tsquery text: every token must match, by a prefix of its stem or by one of the words it
 * resembles. Tokens and words are letters and digits only (tokenize splits on anything else), so
 * they need no quoting in the tsquery syntax.
 */
export function matchQuery(tokens: string[], alternatives: Map<string, string[]>): string {
  return tokens.map((t) => `(${[`${t}:*`, ...(alternatives.get(t) ?? [])].join(' | ')})`).join(' & ');
}

/** Any token or alternative: what the ranking rewards. */
export function rankQuery(tokens: string[], alternatives: Map<string, string[]>): string {
  return tokens.flatMap((t) => [`${t}:*`, ...(alternatives.get(t) ?? [])]).join(' | ');
}
