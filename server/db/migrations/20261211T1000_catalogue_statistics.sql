-- Planner statistics of the catalogue (issue 3).
--
-- PGlite has no autovacuum: nothing ever analysed the catalogue, and over the full registry the
-- search ran without statistics, with plans up to 30 times slower than the analysed ones (1.8 s
-- instead of 61 ms for the slowest of 200 queries). An import now analyses the tables the search
-- reads as it ends. Most of that time went to the long texts, which no query filters or sorts on:
-- they get no statistics (3.9 s down to 1.5 s for the records over the full registry on PGlite).
ALTER TABLE certifications
  ALTER COLUMN activities SET STATISTICS 0,
  ALTER COLUMN capacities SET STATISTICS 0,
  ALTER COLUMN sectors SET STATISTICS 0,
  ALTER COLUMN jobs SET STATISTICS 0,
  ALTER COLUMN entry_prerequisites SET STATISTICS 0,
  ALTER COLUMN validation_prerequisites SET STATISTICS 0,
  ALTER COLUMN objectives_context SET STATISTICS 0,
  ALTER COLUMN regulated_activities SET STATISTICS 0,
  ALTER COLUMN skill_level SET STATISTICS 0,
  ALTER COLUMN description_url SET STATISTICS 0,
  ALTER COLUMN access_routes SET STATISTICS 0,
  ALTER COLUMN statistics SET STATISTICS 0,
  ALTER COLUMN publications SET STATISTICS 0,
  ALTER COLUMN bloc_correspondences SET STATISTICS 0;

ALTER TABLE certification_blocs
  ALTER COLUMN competences SET STATISTICS 0,
  ALTER COLUMN evaluation_methods SET STATISTICS 0;
