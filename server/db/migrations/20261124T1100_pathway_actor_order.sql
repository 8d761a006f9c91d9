-- A person's pathway list is "the pathways my organisation follows in this role, most recently
-- updated first". Keeping the pathway's updated_at on each actor row lets one index give that
-- order and the count without visiting the pathways (bench/pathways.bench.ts, docs/benchmarks.md).

ALTER TABLE pathway_actors ADD COLUMN pathway_updated_at timestamptz NOT NULL DEFAULT now();
UPDATE pathway_actors a SET pathway_updated_at = p.updated_at FROM pathways p WHERE p.id = a.pathway_id;

CREATE FUNCTION pathway_actors_copy_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT updated_at INTO NEW.pathway_updated_at FROM pathways WHERE id = NEW.pathway_id;
  RETURN NEW;
END $$;
CREATE TRIGGER pathway_actors_updated_at_on_insert BEFORE INSERT ON pathway_actors
  FOR EACH ROW EXECUTE FUNCTION pathway_actors_copy_updated_at();

CREATE FUNCTION pathways_propagate_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE pathway_actors SET pathway_updated_at = NEW.updated_at WHERE pathway_id = NEW.id AND pathway_updated_at IS DISTINCT FROM NEW.updated_at;
  RETURN NULL;
END $$;
CREATE TRIGGER pathways_updated_at_to_actors AFTER UPDATE OF updated_at ON pathways
  FOR EACH ROW WHEN (OLD.updated_at IS DISTINCT FROM NEW.updated_at) EXECUTE FUNCTION pathways_propagate_updated_at();

CREATE INDEX pathway_actors_list_idx ON pathway_actors(organisation_id, role, pathway_updated_at DESC, pathway_id DESC);
-- The list index covers the scope lookups the (organisation_id, role, pathway_id) index served.
DROP INDEX pathway_actors_org_role_idx;
