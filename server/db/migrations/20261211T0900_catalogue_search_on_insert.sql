-- The search columns written with the record (issue 3, import time on PGlite).
--
-- An import inserted each record, then certifications_refresh_search() updated it to fill its
-- search columns: a second version of every wide row, with its entries in every index of the
-- table again, and subqueries to read back the blocs, codes and certificateurs just written. That
-- update was about a third of PGlite's time per batch. The importer now passes what the vectors
-- are made of beside the record, and the INSERT computes the search columns with the functions
-- below. certifications_refresh_search() computes them with the same functions from the stored
-- rows, so both give the same columns (a test compares them).

-- The certificateur facet's entries from a JSON list of {siret, name, position}: one entry per
-- SIRET, or per name without one, with the smallest of its spellings, in the fiche's order.
CREATE FUNCTION certification_facet_of(certificateurs jsonb, OUT sirets text[], OUT names text[])
LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(array_agg(f.siret ORDER BY f.position), '{}'), COALESCE(array_agg(f.name ORDER BY f.position), '{}')
  FROM (
    SELECT DISTINCT ON (COALESCE(e.siret, lower(e.name))) e.siret, e.name, e.position
    FROM jsonb_to_recordset(certificateurs) AS e(siret text, name text, position int)
    -- The position last: the same certificateur twice keeps its first place, whichever way it is read.
    ORDER BY COALESCE(e.siret, lower(e.name)), e.name, e.position
  ) f
$$;

CREATE OR REPLACE FUNCTION certification_facet_certificateurs(certification uuid, OUT sirets text[], OUT names text[])
LANGUAGE sql STABLE AS $$
  SELECT * FROM certification_facet_of((
    SELECT jsonb_agg(jsonb_build_object('siret', f.siret, 'name', f.name, 'position', f.position))
    FROM certification_certificateurs f WHERE f.certification_id = $1))
$$;

-- search_text and search_vector of a record. `blocs_codes`: its current blocs' labels, then its
-- ROME, Formacode and NSF codes with their labels; `names`: its certificateurs' names; `body`: its
-- long texts (activities, capacities, sectors, objectives), repeated words left out or not.
CREATE FUNCTION certification_search_columns(
  code text, number int, title text, short_title text, blocs_codes text, names text, jobs text, body text,
  OUT search_text text, OUT search_vector tsvector)
LANGUAGE sql IMMUTABLE AS $$
  SELECT lower(immutable_unaccent(concat_ws(' ', code, number::text, title, short_title))),
    setweight(to_tsvector('simple', concat_ws(' ', code, number::text)), 'A') ||
    setweight(to_tsvector('fr_unaccent', concat_ws(' ', title, short_title)), 'A') ||
    setweight(to_tsvector('fr_unaccent', COALESCE(blocs_codes, '')), 'B') ||
    setweight(to_tsvector('fr_unaccent', concat_ws(' ', names, jobs)), 'C') ||
    setweight(to_tsvector('fr_unaccent', COALESCE(body, '')), 'D')
$$;

-- What follows a change of search columns: the new words of titles and jobs for typo tolerance,
-- and the mark that makes search_revision move as the transaction commits.
CREATE FUNCTION certification_search_written(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO certification_words (word)
  SELECT DISTINCT w
  FROM certifications c,
    regexp_split_to_table(lower(immutable_unaccent(concat_ws(' ', c.title, c.short_title, c.jobs))), '[^a-z]+') AS w
  WHERE c.id = ANY(ids) AND length(w) >= 4
  -- In order: two batches inserting the same new words wait for each other but never deadlock.
  ORDER BY w
  ON CONFLICT (word) DO NOTHING;

  SELECT set_config('jalon.search_changed', 'on', true);
$$;

CREATE OR REPLACE FUNCTION certifications_refresh_search(ids uuid[], bodies text[] DEFAULT NULL) RETURNS void LANGUAGE sql AS $$
  WITH v AS MATERIALIZED (
    SELECT r.id, s.search_text, s.search_vector,
      (SELECT count(*)::int FROM certification_blocs b WHERE b.certification_id = r.id AND b.withdrawn_at IS NULL) AS bloc_count,
      fc.sirets, fc.names
    -- unnest pads a missing (NULL) bodies array with NULLs.
    FROM unnest(ids, bodies) AS g(id, body)
    JOIN certifications r ON r.id = g.id
    CROSS JOIN LATERAL certification_search_columns(r.code, r.number, r.title, r.short_title,
      concat_ws(' ',
        (SELECT string_agg(b.label, ' ' ORDER BY b.position) FROM certification_blocs b WHERE b.certification_id = r.id AND b.withdrawn_at IS NULL),
        (SELECT string_agg(concat_ws(' ', k.code, k.label), ' ' ORDER BY k.system, k.position) FROM certification_codes k
          WHERE k.certification_id = r.id AND k.system IN ('rome','formacode','nsf'))),
      (SELECT string_agg(f.name, ' ' ORDER BY f.position) FROM certification_certificateurs f WHERE f.certification_id = r.id),
      r.jobs,
      COALESCE(g.body, concat_ws(' ', r.activities, r.capacities, r.sectors, r.objectives_context))) s
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

  SELECT certification_search_written(ids);
$$;
