-- The catalogue's revision bump as a function an import may call itself (issue 3, import time on
-- PGlite).
--
-- An import on PGlite writes its rows with the row triggers off (session_replication_role =
-- replica, see writeRecords): PGlite runs every trigger on the importer's one thread, and the
-- foreign-key checks of the blocs, codes and certificateurs (each locks its record's row) and the
-- deferred revision bumps took 13 s of the full registry's 74. Those rows point at records the
-- same statement sequence has just written, in the only connection there is, so the checks cannot
-- fail; the revision bump must still happen, so the import calls this function instead.

CREATE FUNCTION certification_catalogue_bump_now() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- set_config(..., true) lasts until the end of the transaction: one bump per transaction.
  IF current_setting('jalon.catalogue_bumped', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('jalon.catalogue_bumped', 'on', true);
    UPDATE certification_catalogue_revision SET revision = revision + 1 WHERE id;
  END IF;
  PERFORM certification_search_bump();
END;
$$;

CREATE OR REPLACE FUNCTION certification_catalogue_bump_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM certification_catalogue_bump_now();
  RETURN NULL;
END;
$$;
