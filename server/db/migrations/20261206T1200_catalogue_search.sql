-- Catalogue search at registry scale (issue 3). Measured on 30,000 fiches, the search spent its
-- time in three places (docs/benchmarks.md § Catalogue): ranking read the whole 2.3 KB toasted
-- search_vector of every match, the typo fallback compared each word with every title by trigrams,
-- and "has blocs" counted blocs per record. Each gets a column or a table of its own here.

-- The lexemes that weigh in the ranking (code, title, blocs, codes, certificateurs, jobs), without
-- the long texts: small enough to stay in the row. Matching still uses search_vector, whole.
ALTER TABLE certifications ADD COLUMN rank_vector tsvector NOT NULL DEFAULT ''::tsvector;
-- Kept by certifications_refresh_search(): the "has blocs" filter and facet read a column.
ALTER TABLE certifications ADD COLUMN bloc_count integer NOT NULL DEFAULT 0;

-- The distinct words of titles and jobs (unaccented, lower case, 4 letters or more): a mistyped
-- word is compared with these few thousand words, then searched as the words it resembles
-- (pg_trgm's documented approach to spelling suggestions).
CREATE TABLE certification_words (
  word text PRIMARY KEY
);
CREATE INDEX certification_words_trgm_idx ON certification_words USING gin (word gin_trgm_ops);

-- Bumped by every statement that writes the records or the children the facets count, so a cache
-- of facet counts knows when it is stale without reading the records.
CREATE TABLE certification_catalogue_revision (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  revision bigint NOT NULL DEFAULT 0
);
INSERT INTO certification_catalogue_revision (id, revision) VALUES (true, 0);

CREATE FUNCTION certification_catalogue_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE certification_catalogue_revision SET revision = revision + 1 WHERE id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER certifications_bump_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON certifications
  FOR EACH STATEMENT EXECUTE FUNCTION certification_catalogue_bump();
CREATE TRIGGER certification_certificateurs_bump_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON certification_certificateurs
  FOR EACH STATEMENT EXECUTE FUNCTION certification_catalogue_bump();
CREATE TRIGGER certification_codes_bump_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON certification_codes
  FOR EACH STATEMENT EXECUTE FUNCTION certification_catalogue_bump();
CREATE TRIGGER certification_blocs_bump_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON certification_blocs
  FOR EACH STATEMENT EXECUTE FUNCTION certification_catalogue_bump();

-- Same vector as before, but the long texts (activities moved from C) all weigh D, so the ranking
-- vector is the A, B and C lexemes. One UPDATE computes everything from the record and children.
CREATE OR REPLACE FUNCTION certifications_refresh_search(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE certifications c SET
    search_text = v.search_text,
    search_vector = v.search_vector,
    rank_vector = ts_filter(v.search_vector, '{a,b,c}'),
    bloc_count = v.bloc_count
  FROM (
    SELECT r.id,
      lower(immutable_unaccent(concat_ws(' ', r.code, r.number::text, r.title, r.short_title))) AS search_text,
      setweight(to_tsvector('simple', concat_ws(' ', r.code, r.number::text)), 'A') ||
      setweight(to_tsvector('fr_unaccent', concat_ws(' ', r.title, r.short_title)), 'A') ||
      setweight(to_tsvector('fr_unaccent', concat_ws(' ',
        (SELECT string_agg(b.label, ' ') FROM certification_blocs b WHERE b.certification_id = r.id),
        (SELECT string_agg(concat_ws(' ', k.code, k.label), ' ') FROM certification_codes k
          WHERE k.certification_id = r.id AND k.system IN ('rome','formacode','nsf')))), 'B') ||
      setweight(to_tsvector('fr_unaccent', concat_ws(' ',
        (SELECT string_agg(f.name, ' ') FROM certification_certificateurs f WHERE f.certification_id = r.id),
        r.jobs)), 'C') ||
      setweight(to_tsvector('fr_unaccent', concat_ws(' ', r.activities, r.capacities, r.sectors, r.objectives_context)), 'D')
        AS search_vector,
      (SELECT count(*)::int FROM certification_blocs b WHERE b.certification_id = r.id) AS bloc_count
    FROM certifications r WHERE r.id = ANY(ids)
  ) v
  WHERE c.id = v.id;

  INSERT INTO certification_words (word)
  SELECT DISTINCT w
  FROM certifications c,
    regexp_split_to_table(lower(immutable_unaccent(concat_ws(' ', c.title, c.short_title, c.jobs))), '[^a-z]+') AS w
  WHERE c.id = ANY(ids) AND length(w) >= 4
  ON CONFLICT (word) DO NOTHING;
$$;

SELECT certifications_refresh_search(ARRAY(SELECT id FROM certifications));
CREATE INDEX certifications_browse_idx ON certifications (active DESC, level NULLS LAST, title, code);
-- Keep the ranking columns in the row (compressed) rather than in TOAST: the search reads them for
-- every match, while the long texts it never reads are moved out first.
ALTER TABLE certifications ALTER COLUMN rank_vector SET STORAGE MAIN;
ALTER TABLE certifications ALTER COLUMN search_text SET STORAGE MAIN;
