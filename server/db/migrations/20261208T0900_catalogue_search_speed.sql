-- Catalogue search speed over the full registry (issue 3).
--
-- Two filters read a whole table: a certificateur named by its name compared lower(name) on all
-- 36,000 certificateur rows (14 ms), and an NSF group ("326" finds 326t, 326n…) compared
-- left(code, 3) on all 45,000 NSF codes (11 ms). Each gets the index of its exact expression.
CREATE INDEX certification_certificateurs_name_idx ON certification_certificateurs (lower(name));
CREATE INDEX certification_codes_nsf_group_idx ON certification_codes (left(code, 3)) WHERE system = 'nsf';

-- The certificateur facet probed certification_certificateurs once per matching record (about
-- 4.5 µs a match: 11 ms for a word found in 4,000 records). The record now carries its
-- certificateurs for the facet, one entry per certificateur (a SIRET, or the name when there is
-- none), with the smallest of its spellings: the facet counts from the matches' own rows.
-- Kept by certifications_refresh_search(), like the other search columns. MAIN keeps them in the
-- row, as search_vector (20261207T1100): the records' rows are wide, and TOAST would otherwise move
-- these small arrays out of line too, turning each read into a TOAST fetch (46 ms instead of 3 ms
-- for 4,300 matches).
ALTER TABLE certifications
  ADD COLUMN facet_sirets text[] NOT NULL DEFAULT '{}',
  ADD COLUMN facet_names text[] NOT NULL DEFAULT '{}',
  ALTER COLUMN facet_sirets SET STORAGE MAIN,
  ALTER COLUMN facet_names SET STORAGE MAIN;

CREATE FUNCTION certification_facet_certificateurs(certification uuid, OUT sirets text[], OUT names text[])
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(array_agg(f.siret ORDER BY f.position), '{}'), COALESCE(array_agg(f.name ORDER BY f.position), '{}')
  FROM (
    SELECT DISTINCT ON (COALESCE(f.siret, lower(f.name))) f.siret, f.name, f.position
    FROM certification_certificateurs f WHERE f.certification_id = $1
    ORDER BY COALESCE(f.siret, lower(f.name)), f.name
  ) f
$$;

-- A word of the query matches by the prefix of its stem ('manag':* finds manager, managers,
-- managérial). In the index, a prefix is a union of every lexeme that starts with it, made in full
-- before the other words narrow it: 13 ms for "manager une équipe" over the full registry. The same
-- lexemes named one by one let the index start from the rarest word and skip through the others:
-- 7 ms, the same matches. The lexicon lists every lexeme of the search vectors, so the search can
-- name them. Vectors change only in certifications_refresh_search(), which counts its runs in
-- search_revision; an import or the seed brings the lexicon up to date when it ends, and the search
-- names lexemes only when the lexicon is current (lexicon_revision = search_revision), matching by
-- prefix otherwise. Lexemes are only added: one no record has any more names nothing.
CREATE TABLE certification_lexemes (lexeme text COLLATE "C" PRIMARY KEY);
ALTER TABLE certification_catalogue_revision
  ADD COLUMN search_revision bigint NOT NULL DEFAULT 0,
  ADD COLUMN lexicon_revision bigint NOT NULL DEFAULT -1;

CREATE FUNCTION certification_lexemes_refresh() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  current_revision bigint;
  known_revision bigint;
BEGIN
  -- The row lock holds back any refresh_search() (it bumps search_revision) until the lexicon is
  -- written, so the revision recorded is the one of the vectors read.
  SELECT search_revision, lexicon_revision INTO current_revision, known_revision
  FROM certification_catalogue_revision WHERE id FOR UPDATE;
  IF current_revision = known_revision THEN
    RETURN;
  END IF;
  INSERT INTO certification_lexemes (lexeme)
  SELECT word FROM ts_stat('SELECT search_vector FROM certifications')
  ON CONFLICT (lexeme) DO NOTHING;
  UPDATE certification_catalogue_revision SET lexicon_revision = current_revision WHERE id;
END;
$$;

-- The long texts weigh D, which only matching reads: the ranking vector is A, B and C, and no
-- query uses word positions. Their vector is the same set of lexemes if each distinct word is
-- given once, so the importer passes each record's long texts with their repeated words left out
-- (bodies, aligned with ids): 26 % of the text of the generated registry, and 1.9 s → 0.6 s of
-- to_tsvector for 3,000 fiches. Without bodies (a backfill), the texts are read from the record.
DROP FUNCTION certifications_refresh_search(uuid[]);
CREATE FUNCTION certifications_refresh_search(ids uuid[], bodies text[] DEFAULT NULL) RETURNS void LANGUAGE sql AS $$
  WITH v AS MATERIALIZED (
    SELECT r.id,
      lower(immutable_unaccent(concat_ws(' ', r.code, r.number::text, r.title, r.short_title))) AS search_text,
      setweight(to_tsvector('simple', concat_ws(' ', r.code, r.number::text)), 'A') ||
      setweight(to_tsvector('fr_unaccent', concat_ws(' ', r.title, r.short_title)), 'A') ||
      setweight(to_tsvector('fr_unaccent', concat_ws(' ',
        (SELECT string_agg(b.label, ' ' ORDER BY b.position) FROM certification_blocs b WHERE b.certification_id = r.id AND b.withdrawn_at IS NULL),
        (SELECT string_agg(concat_ws(' ', k.code, k.label), ' ' ORDER BY k.system, k.position) FROM certification_codes k
          WHERE k.certification_id = r.id AND k.system IN ('rome','formacode','nsf')))), 'B') ||
      setweight(to_tsvector('fr_unaccent', concat_ws(' ',
        (SELECT string_agg(f.name, ' ' ORDER BY f.position) FROM certification_certificateurs f WHERE f.certification_id = r.id),
        r.jobs)), 'C') ||
      setweight(to_tsvector('fr_unaccent', COALESCE(g.body, concat_ws(' ', r.activities, r.capacities, r.sectors, r.objectives_context))), 'D')
        AS search_vector,
      (SELECT count(*)::int FROM certification_blocs b WHERE b.certification_id = r.id AND b.withdrawn_at IS NULL) AS bloc_count,
      fc.sirets, fc.names
    -- unnest pads a missing (NULL) bodies array with NULLs.
    FROM unnest(ids, bodies) AS g(id, body)
    JOIN certifications r ON r.id = g.id
    CROSS JOIN LATERAL certification_facet_certificateurs(r.id) fc
  )
  UPDATE certifications c SET
    search_text = v.search_text,
    search_vector = v.search_vector,
    rank_vector = ts_filter(v.search_vector, '{a,b,c}'),
    bloc_count = v.bloc_count,
    facet_sirets = v.sirets,
    facet_names = v.names
  FROM v
  WHERE c.id = v.id;

  INSERT INTO certification_words (word)
  SELECT DISTINCT w
  FROM certifications c,
    regexp_split_to_table(lower(immutable_unaccent(concat_ws(' ', c.title, c.short_title, c.jobs))), '[^a-z]+') AS w
  WHERE c.id = ANY(ids) AND length(w) >= 4
  ON CONFLICT (word) DO NOTHING;

  UPDATE certification_catalogue_revision SET search_revision = search_revision + 1 WHERE id;
$$;

UPDATE certifications c SET (facet_sirets, facet_names) = (SELECT f.sirets, f.names FROM certification_facet_certificateurs(c.id) f)
WHERE c.id IN (SELECT certification_id FROM certification_certificateurs);

SELECT certification_lexemes_refresh();
