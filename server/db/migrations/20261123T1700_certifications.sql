-- Certification catalogue: records imported from the France Compétences exports (RNCP and RS),
-- their searchable children, the VAE enrichment that imports never touch, reference nomenclatures
-- and the history of import runs.

-- unaccent() is STABLE (it reads a dictionary), so it cannot appear in an index expression; this
-- wrapper pins the dictionary and is declared IMMUTABLE so the search columns can be indexed.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- French stemming on unaccented words, so "éducation" and "education" share a lexeme.
CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION fr_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE TABLE certifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^(RNCP|RS)[0-9]+$'),
  kind text NOT NULL CHECK (kind IN ('rncp','rs')),
  number integer NOT NULL,
  source_fiche_id text,
  title text NOT NULL CHECK (length(trim(title)) > 0),
  short_title text,
  short_title_code text,
  level smallint CHECK (level BETWEEN 1 AND 8),
  level_code text,
  state text,
  active boolean NOT NULL,
  registration_type text,
  decision_date date,
  effect_date date,
  registration_end_date date,
  last_jo_date date,
  delivery_limit_date date,
  publication_date date,
  registration_duration_years smallint,
  partial_validation boolean,
  partners_exist boolean,
  accessible_new_caledonia boolean,
  accessible_french_polynesia boolean,
  activities text,
  capacities text,
  sectors text,
  jobs text,
  entry_prerequisites text,
  validation_prerequisites text,
  objectives_context text,
  regulated_activities text,
  skill_level text,
  description_url text,
  -- Denormalised from access_routes so the "open to VAE" filter is a plain indexed column.
  vae_open boolean NOT NULL DEFAULT false,
  access_routes jsonb NOT NULL DEFAULT '[]'::jsonb,
  statistics jsonb NOT NULL DEFAULT '[]'::jsonb,
  publications jsonb NOT NULL DEFAULT '[]'::jsonb,
  bloc_correspondences jsonb NOT NULL DEFAULT '[]'::jsonb,
  level_promotion_years integer[] NOT NULL DEFAULT '{}',
  -- SHA-256 of the imported fields: an import skips a record whose hash has not changed.
  content_hash text NOT NULL,
  source text NOT NULL CHECK (source IN ('import','seed')),
  -- Set when a full export no longer contains the record; it is never deleted.
  deactivated_at timestamptz,
  imported_at timestamptz,
  search_text text NOT NULL DEFAULT '',
  search_vector tsvector NOT NULL DEFAULT ''::tsvector,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX certifications_search_vector_idx ON certifications USING gin (search_vector);
CREATE INDEX certifications_search_text_trgm_idx ON certifications USING gin (search_text gin_trgm_ops);
CREATE INDEX certifications_level_idx ON certifications(level);
CREATE INDEX certifications_active_idx ON certifications(active, vae_open);
CREATE INDEX certifications_kind_source_idx ON certifications(kind, source);

CREATE TABLE certification_certificateurs (
  certification_id uuid NOT NULL REFERENCES certifications(id) ON DELETE CASCADE,
  position smallint NOT NULL,
  siret text CHECK (siret IS NULL OR siret ~ '^[0-9]{14}$'),
  name text NOT NULL,
  state text,
  state_changed_on date,
  website text,
  PRIMARY KEY (certification_id, position)
);
CREATE INDEX certification_certificateurs_siret_idx ON certification_certificateurs(siret);

CREATE TABLE certification_partners (
  certification_id uuid NOT NULL REFERENCES certifications(id) ON DELETE CASCADE,
  position integer NOT NULL,
  siret text CHECK (siret IS NULL OR siret ~ '^[0-9]{14}$'),
  name text NOT NULL,
  habilitation text,
  state text,
  active_since date,
  state_changed_on date,
  PRIMARY KEY (certification_id, position)
);
CREATE INDEX certification_partners_siret_idx ON certification_partners(siret);

-- A bloc code can repeat across fiches in the registry, so a bloc is keyed by (fiche, code).
-- Imports upsert on that key, which keeps a bloc's id stable while its fiche keeps it.
CREATE TABLE certification_blocs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  certification_id uuid NOT NULL REFERENCES certifications(id) ON DELETE CASCADE,
  code text NOT NULL,
  label text NOT NULL,
  competences text,
  evaluation_methods text,
  position smallint NOT NULL,
  UNIQUE (certification_id, code)
);
CREATE INDEX certification_blocs_code_idx ON certification_blocs(code);

-- ROME, NSF, Formacode and IDCC codes of a record: the filters of the search.
CREATE TABLE certification_codes (
  certification_id uuid NOT NULL REFERENCES certifications(id) ON DELETE CASCADE,
  system text NOT NULL CHECK (system IN ('rome','nsf','formacode','idcc')),
  code text NOT NULL,
  label text,
  position smallint NOT NULL,
  PRIMARY KEY (certification_id, system, code)
);
CREATE INDEX certification_codes_lookup_idx ON certification_codes(system, code);

-- Previous / next versions of a record, by code: the linked record may not be in the catalogue.
CREATE TABLE certification_links (
  certification_id uuid NOT NULL REFERENCES certifications(id) ON DELETE CASCADE,
  relation text NOT NULL CHECK (relation IN ('previous','next')),
  linked_code text NOT NULL,
  PRIMARY KEY (certification_id, relation, linked_code)
);
CREATE INDEX certification_links_linked_idx ON certification_links(linked_code);

-- VAE-specific knowledge gathered from certificateurs and accompaniment offers. An import never
-- writes here; the seed loader and, later, editors do.
CREATE TABLE certification_enrichments (
  certification_id uuid PRIMARY KEY REFERENCES certifications(id) ON DELETE CASCADE,
  vae_filing jsonb,
  jury jsonb,
  validation_rates jsonb,
  dispenses jsonb NOT NULL DEFAULT '[]'::jsonb,
  equivalences jsonb NOT NULL DEFAULT '[]'::jsonb,
  further_studies jsonb NOT NULL DEFAULT '[]'::jsonb,
  insertion jsonb,
  training jsonb,
  prices jsonb NOT NULL DEFAULT '[]'::jsonb,
  validation_conditions jsonb NOT NULL DEFAULT '[]'::jsonb,
  bloc_notes jsonb NOT NULL DEFAULT '[]'::jsonb,
  rome_appellations jsonb NOT NULL DEFAULT '[]'::jsonb,
  sources jsonb NOT NULL DEFAULT '[]'::jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE nomenclature_entries (
  system text NOT NULL CHECK (system IN ('level','nsf','rome','formacode')),
  code text NOT NULL,
  label text NOT NULL,
  parent_code text,
  PRIMARY KEY (system, code)
);

CREATE TABLE certification_import_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  file_name text NOT NULL,
  format text,
  version text,
  full_export boolean NOT NULL,
  status text NOT NULL CHECK (status IN ('completed','failed')),
  created integer NOT NULL DEFAULT 0,
  updated integer NOT NULL DEFAULT 0,
  unchanged integer NOT NULL DEFAULT 0,
  deactivated integer NOT NULL DEFAULT 0,
  rejected jsonb NOT NULL DEFAULT '[]'::jsonb,
  warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
  error text,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL
);
CREATE INDEX certification_import_runs_started_idx ON certification_import_runs(started_at DESC);

-- Rebuilds the search columns of the given records from the record and its children. Called by
-- the importer and the seed loader after they write, once per batch.
CREATE FUNCTION certifications_refresh_search(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE certifications c SET
    search_text = lower(immutable_unaccent(concat_ws(' ', c.code, c.number::text, c.title, c.short_title))),
    search_vector =
      setweight(to_tsvector('simple', concat_ws(' ', c.code, c.number::text)), 'A') ||
      setweight(to_tsvector('fr_unaccent', concat_ws(' ', c.title, c.short_title)), 'A') ||
      setweight(to_tsvector('fr_unaccent', concat_ws(' ',
        (SELECT string_agg(b.label, ' ') FROM certification_blocs b WHERE b.certification_id = c.id),
        (SELECT string_agg(concat_ws(' ', k.code, k.label), ' ') FROM certification_codes k
          WHERE k.certification_id = c.id AND k.system IN ('rome','formacode','nsf')))), 'B') ||
      setweight(to_tsvector('fr_unaccent', concat_ws(' ',
        (SELECT string_agg(f.name, ' ') FROM certification_certificateurs f WHERE f.certification_id = c.id),
        c.jobs, c.activities)), 'C') ||
      setweight(to_tsvector('fr_unaccent', concat_ws(' ', c.capacities, c.sectors, c.objectives_context)), 'D')
  WHERE c.id = ANY(ids);
$$;
