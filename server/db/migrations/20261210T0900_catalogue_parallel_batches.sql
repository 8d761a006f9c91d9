-- Catalogue import on a PostgreSQL server (issue 3): batches written by several connections at once.
--
-- The facets' revision was bumped by statement triggers. Their UPDATE of the single revision row
-- held that row from a batch's first write to its commit, so each batch waited at its first INSERT
-- for the one before to commit: two connections wrote no faster than one. The bump now runs at
-- commit (deferred constraint triggers, once per transaction), so it still becomes visible with
-- the writes it counts, and the row is held only while committing. TRUNCATE has no row trigger:
-- it keeps the statement trigger.
--
-- certifications_refresh_search() bumped search_revision the same way, in the middle of the
-- transaction. It now marks the transaction instead, and the same trigger bumps search_revision
-- as it commits (the refresh updates the records, so the trigger fires). The lexicon refresh,
-- when it runs in a transaction that changed vectors, bumps it at once, so the lexicon it writes
-- is recorded as current. The refresh also adds its new words in order, so two batches sharing
-- new words cannot deadlock.

-- Bumps search_revision if this transaction changed search vectors and has not bumped it yet.
CREATE FUNCTION certification_search_bump() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('jalon.search_changed', true) = 'on' THEN
    PERFORM set_config('jalon.search_changed', 'off', true);
    UPDATE certification_catalogue_revision SET search_revision = search_revision + 1 WHERE id;
  END IF;
END;
$$;

CREATE FUNCTION certification_catalogue_bump_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- set_config(..., true) lasts until the end of the transaction: one bump per transaction.
  IF current_setting('jalon.catalogue_bumped', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('jalon.catalogue_bumped', 'on', true);
    UPDATE certification_catalogue_revision SET revision = revision + 1 WHERE id;
  END IF;
  PERFORM certification_search_bump();
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['certifications', 'certification_certificateurs', 'certification_codes', 'certification_blocs'] LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', t || '_bump_revision', t);
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION certification_catalogue_bump_once()', t || '_bump_revision', t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION certification_catalogue_bump()', t || '_bump_revision_truncate', t);
  END LOOP;
END;
$$;

CREATE OR REPLACE FUNCTION certifications_refresh_search(ids uuid[], bodies text[] DEFAULT NULL) RETURNS void LANGUAGE sql AS $$
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
  -- In order: two batches inserting the same new words wait for each other but never deadlock.
  ORDER BY w
  ON CONFLICT (word) DO NOTHING;

  SELECT set_config('jalon.search_changed', 'on', true);
$$;

CREATE OR REPLACE FUNCTION certification_lexemes_refresh() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  current_revision bigint;
  known_revision bigint;
BEGIN
  -- Vectors written earlier in this transaction count now, not at its commit.
  PERFORM certification_search_bump();
  -- The row lock holds back any other transaction's bump until the lexicon is written, so the
  -- revision recorded is the one of the vectors read.
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
