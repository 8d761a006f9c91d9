-- Catalogue import speed (issue 3): four indexes that no query reads, maintained on every write.
-- - The trigram index on certifications.search_text: the search matches words through
--   search_vector and finds close spellings in certification_words; search_text is only read on
--   records already matched (the title's closeness, the whole query inside the title).
-- - certification_partners (siret): no query looks up a partner by SIRET (about 13 partners a
--   record, 400,000 rows over the full registry).
-- - certification_blocs (code): blocs are read by certification (the unique (certification_id,
--   code) index); no query looks a code up across certifications.
-- - certification_links (linked_code): a record's links are read from the record; no query asks
--   which records link to a code.
-- Over the full registry, on pg_stat_user_indexes after the search benchmark: one scan of the
-- first (not from the search), none of the others. The 200 benchmark queries give the same
-- results without them, no slower. About 0.3 s of 5.5 s of statements per 3,000 fiches imported
-- into PostgreSQL. An index a future query needs comes back with that query.
DROP INDEX IF EXISTS certifications_search_text_trgm_idx;
DROP INDEX IF EXISTS certification_partners_siret_idx;
DROP INDEX IF EXISTS certification_blocs_code_idx;
DROP INDEX IF EXISTS certification_links_linked_idx;
