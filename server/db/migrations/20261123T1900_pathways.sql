-- Candidates and their VAE pathways: the file, the state machine snapshot with its history, the
-- actors that grant organisations access, juries with per-bloc results, documents, settings.

CREATE TABLE candidates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Null until the candidate's own account is created.
  user_id uuid UNIQUE REFERENCES users(id) ON DELETE SET NULL,
  first_name text NOT NULL CHECK (length(trim(first_name)) > 0),
  last_name text NOT NULL CHECK (length(trim(last_name)) > 0),
  birth_date date,
  email text,
  phone text,
  address text,
  postal_code text,
  city text,
  situation text NOT NULL CHECK (situation IN ('private_employee','public_employee','job_seeker','self_employed','volunteer','carer')),
  departement_code text REFERENCES departements(code),
  created_by_organisation_id uuid NOT NULL REFERENCES organisations(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX candidates_org_idx ON candidates(created_by_organisation_id);
CREATE INDEX candidates_departement_idx ON candidates(departement_code);

CREATE TABLE candidate_experiences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  structure text NOT NULL,
  role text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  kind text NOT NULL CHECK (kind IN ('paid','volunteer','caregiving')),
  activities text NOT NULL DEFAULT '',
  -- certification_blocs ids the experience supports (the array cannot carry a foreign key).
  bloc_ids uuid[] NOT NULL DEFAULT '{}',
  position smallint NOT NULL,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX candidate_experiences_candidate_idx ON candidate_experiences(candidate_id);

CREATE TABLE candidate_diplomas (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  title text NOT NULL,
  level smallint CHECK (level IS NULL OR level BETWEEN 1 AND 8),
  year smallint,
  rncp_code text,
  position smallint NOT NULL
);
CREATE INDEX candidate_diplomas_candidate_idx ON candidate_diplomas(candidate_id);

-- Apart so that every read can be restricted and audited (sensitive_data.read).
CREATE TABLE candidate_sensitive (
  candidate_id uuid PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
  has_handicap boolean NOT NULL DEFAULT false,
  accommodation_needs text,
  health text,
  updated_at timestamptz NOT NULL
);

CREATE TABLE pathways (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  candidate_id uuid NOT NULL REFERENCES candidates(id),
  certification_id uuid NOT NULL REFERENCES certifications(id),
  state text NOT NULL CHECK (state IN ('information','faisabilite_preparation','faisabilite_filed','recevable','non_recevable','validation_writing','validation_filed','jury_scheduled','jury_result_entered','post_jury','closed_certified','closed')),
  cycle integer NOT NULL DEFAULT 1 CHECK (cycle >= 1),
  last_jury_overall text CHECK (last_jury_overall IN ('total','partial','none')),
  started_at timestamptz NOT NULL,
  closed_at timestamptz,
  closure_reason text CHECK (closure_reason IN ('abandon','recevabilite_expired','moved_structure','pathway_expired')),
  closure_details text,
  funding_route text NOT NULL CHECK (funding_route IN ('cpf','opco','employer','france_travail','region','self','other')),
  documents_language text NOT NULL DEFAULT 'fr',
  last_contact_at timestamptz NOT NULL,
  -- The facts the deadline engine needs.
  faisabilite_filed_at timestamptz,
  recevabilite_decided_at timestamptz,
  accompaniment_requested_at timestamptz,
  accompaniment_answered_at timestamptz,
  assistance_started_at timestamptz,
  assistance_ended_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX pathways_candidate_idx ON pathways(candidate_id);
CREATE INDEX pathways_certification_idx ON pathways(certification_id);
CREATE INDEX pathways_state_idx ON pathways(state);

CREATE TABLE pathway_blocs (
  pathway_id uuid NOT NULL REFERENCES pathways(id) ON DELETE CASCADE,
  bloc_id uuid NOT NULL REFERENCES certification_blocs(id),
  acquired_at timestamptz,
  acquired_cycle integer,
  PRIMARY KEY (pathway_id, bloc_id)
);

CREATE TABLE pathway_actors (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pathway_id uuid NOT NULL REFERENCES pathways(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  role text NOT NULL CHECK (role IN ('referent','accompagnateur','certificateur_agent','conseiller','funder')),
  created_at timestamptz NOT NULL,
  UNIQUE (pathway_id, organisation_id, role)
);
CREATE INDEX pathway_actors_org_idx ON pathway_actors(organisation_id, pathway_id);

CREATE TABLE pathway_transitions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pathway_id uuid NOT NULL REFERENCES pathways(id) ON DELETE CASCADE,
  type text NOT NULL,
  from_state text NOT NULL,
  to_state text NOT NULL,
  cycle integer NOT NULL,
  actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  actor_organisation_id uuid REFERENCES organisations(id),
  actor_role text NOT NULL,
  at timestamptz NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX pathway_transitions_pathway_idx ON pathway_transitions(pathway_id, at);

CREATE TABLE jury_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pathway_id uuid NOT NULL REFERENCES pathways(id) ON DELETE CASCADE,
  cycle integer NOT NULL,
  scheduled_at timestamptz NOT NULL,
  place text NOT NULL,
  format text NOT NULL CHECK (format IN ('presentiel','distanciel')),
  convocation_sent boolean NOT NULL DEFAULT false,
  attendance text CHECK (attendance IN ('present','absent','excused')),
  overall text CHECK (overall IN ('total','partial','none')),
  result_entered_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX jury_sessions_pathway_idx ON jury_sessions(pathway_id, scheduled_at);

CREATE TABLE jury_bloc_results (
  session_id uuid NOT NULL REFERENCES jury_sessions(id) ON DELETE CASCADE,
  bloc_id uuid NOT NULL REFERENCES certification_blocs(id),
  validated boolean NOT NULL,
  preconisations text,
  PRIMARY KEY (session_id, bloc_id)
);

CREATE TABLE documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pathway_id uuid NOT NULL REFERENCES pathways(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('livret1','livret2','recevabilite_letter','convocation','jury_decision','proof','other')),
  storage_name text NOT NULL UNIQUE,
  original_name text NOT NULL,
  mime_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  uploaded_by_organisation_id uuid REFERENCES organisations(id),
  uploaded_at timestamptz NOT NULL,
  replaced_by uuid REFERENCES documents(id)
);
CREATE INDEX documents_pathway_idx ON documents(pathway_id, kind);

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES users(id) ON DELETE SET NULL
);
