-- Catalogue import (issue 3).
--
-- Speed: certifications_refresh_search() took 70 % of the database's
-- time during an import: the planner pulled its subquery up into the UPDATE and, search_vector
-- being read twice (search_vector and rank_vector), computed every record's vector twice,
-- to_tsvector of the long texts included. The vectors are now computed once, in a MATERIALIZED
-- CTE (an optimisation fence). The child texts are now joined in their registry order, so a
-- record's vector (its word positions) no longer depends on the rows' order on disk.
--
-- Blocs withdrawn from a fiche but still used by pathways (issue 3). A re-import deleted the blocs
-- a fiche no longer lists; when a pathway or a jury result referred to one, the foreign key refused
-- the delete and the whole fiche was rejected, so the catalogue could no longer follow that
-- certification. Such a bloc is now kept, stamped withdrawn_at: the pathways that chose it keep
-- it (label, jury results), while the record page, new pathways, the search and bloc_count only
-- see the fiche's current blocs. A bloc that comes back in a later export is current again.
ALTER TABLE certification_blocs ADD COLUMN withdrawn_at timestamptz;

CREATE OR REPLACE FUNCTION certifications_refresh_search(ids uuid[]) RETURNS void LANGUAGE sql AS $$
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
      setweight(to_tsvector('fr_unaccent', concat_ws(' ', r.activities, r.capacities, r.sectors, r.objectives_context)), 'D')
        AS search_vector,
      (SELECT count(*)::int FROM certification_blocs b WHERE b.certification_id = r.id AND b.withdrawn_at IS NULL) AS bloc_count
    FROM certifications r WHERE r.id = ANY(ids)
  )
  UPDATE certifications c SET
    search_text = v.search_text,
    search_vector = v.search_vector,
    rank_vector = ts_filter(v.search_vector, '{a,b,c}'),
    bloc_count = v.bloc_count
  FROM v
  WHERE c.id = v.id;

  INSERT INTO certification_words (word)
  SELECT DISTINCT w
  FROM certifications c,
    regexp_split_to_table(lower(immutable_unaccent(concat_ws(' ', c.title, c.short_title, c.jobs))), '[^a-z]+') AS w
  WHERE c.id = ANY(ids) AND length(w) >= 4
  ON CONFLICT (word) DO NOTHING;
$$;
