-- A nomenclature file imported by an administrator (npm run import:nomenclature) is newer than the
-- one shipped with Jalon: the loader run at every start no longer overwrites the entries it set.
ALTER TABLE nomenclature_entries ADD COLUMN imported_at timestamptz;
