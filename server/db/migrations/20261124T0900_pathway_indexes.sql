-- Pathway lists at volume (bench/pathways.bench.ts, docs/benchmarks.md § pathways).

-- The visibility scope (organisation + actor role → pathway ids) read from the index alone,
-- without visiting pathway_actors rows; it also serves the organisation-only lookups (prefix).
CREATE INDEX pathway_actors_org_role_idx ON pathway_actors(organisation_id, role, pathway_id);
DROP INDEX pathway_actors_org_idx;

-- Lists are ordered by last update: a page can be read in index order and stop after its rows.
CREATE INDEX pathways_updated_idx ON pathways(updated_at DESC, id DESC);

-- "Blocs remaining" (filter and count): only the unacquired rows, probed by pathway.
CREATE INDEX pathway_blocs_remaining_idx ON pathway_blocs(pathway_id) WHERE acquired_at IS NULL;
