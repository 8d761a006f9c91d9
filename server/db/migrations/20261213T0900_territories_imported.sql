-- Régions and départements replaceable by a newer COG file (issue 3).
--
-- npm run import:territories loads a newer INSEE file than the one shipped in server/reference; the
-- loader run at every start upserted the shipped names over it. imported_at marks a row an
-- administrator imported; the loader leaves those alone.
ALTER TABLE regions ADD COLUMN imported_at timestamptz;
ALTER TABLE departements ADD COLUMN imported_at timestamptz;
