-- Assistance renforcée (seed 004): the entry, repeated diagnostics of the conditions of success,
-- the plan of supports, versioned agreements with the candidate's recorded consent, commitments.
-- Condition and support codes refer to the reference catalogue shipped in server/reference/assistance.

CREATE TABLE assistances (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pathway_id uuid NOT NULL REFERENCES pathways(id) ON DELETE CASCADE,
  -- The structure of the référent: it alone reads the sensitive notes.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  referent_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  proposer_kind text NOT NULL CHECK (proposer_kind IN ('counselling_structure','certificateur','information_orientation','cep_operator','other')),
  proposer_organisation_id uuid REFERENCES organisations(id),
  start_phase text NOT NULL CHECK (start_phase IN ('before_recevabilite','recevabilite_to_jury','after_jury')),
  -- The commanditaire's criteria as checked at entry: [{code, label, met}].
  eligibility jsonb NOT NULL DEFAULT '[]',
  welcome_project text NOT NULL DEFAULT '',
  need_indicators text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  started_at timestamptz NOT NULL,
  closed_at timestamptz,
  closure_reason text CHECK (closure_reason IS NULL OR closure_reason IN ('certified','partial_with_plan','abandon','relay','max_duration')),
  closure_outcome text,
  candidate_last_word text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((status = 'closed') = (closed_at IS NOT NULL AND closure_reason IS NOT NULL))
);
-- At most one open assistance per pathway; a closed one stays as history.
CREATE UNIQUE INDEX assistances_one_open_idx ON assistances(pathway_id) WHERE status = 'open';
CREATE INDEX assistances_org_idx ON assistances(organisation_id, status);

-- What the candidate says of their situation and obstacles may touch health, family or housing.
CREATE TABLE assistance_sensitive_notes (
  assistance_id uuid PRIMARY KEY REFERENCES assistances(id) ON DELETE CASCADE,
  welcome_situation text NOT NULL DEFAULT '',
  welcome_obstacles text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL
);

-- Eligibility criteria of a commanditaire's mandate (e.g. job seekers in an individual approach).
CREATE TABLE assistance_eligibility_criteria (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  commanditaire_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,40}$'),
  label text NOT NULL CHECK (length(trim(label)) > 0),
  position smallint NOT NULL,
  UNIQUE (commanditaire_id, code)
);

-- A commanditaire or a structure may mark a condition important or desirable for its candidates.
CREATE TABLE condition_importance_overrides (
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  condition_code text NOT NULL,
  importance text NOT NULL CHECK (importance IN ('important','desirable')),
  PRIMARY KEY (organisation_id, condition_code)
);

CREATE TABLE assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assistance_id uuid NOT NULL REFERENCES assistances(id) ON DELETE CASCADE,
  phase text NOT NULL CHECK (phase IN ('before_recevabilite','recevabilite_to_jury','after_jury')),
  assessed_at timestamptz NOT NULL,
  assessed_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  summary text NOT NULL DEFAULT ''
);
CREATE INDEX assessments_assistance_idx ON assessments(assistance_id, assessed_at);

CREATE TABLE assessment_items (
  assessment_id uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  condition_code text NOT NULL,
  status text NOT NULL CHECK (status IN ('met','partly_met','missing','not_assessed')),
  importance text NOT NULL CHECK (importance IN ('important','desirable')),
  comment text NOT NULL DEFAULT '',
  PRIMARY KEY (assessment_id, condition_code)
);

CREATE TABLE assessment_sensitive_notes (
  assessment_id uuid PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
  notes text NOT NULL
);

-- Supports a structure adds to the seed's catalogue.
CREATE TABLE custom_supports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  wording text NOT NULL CHECK (length(trim(wording)) > 0),
  nature text NOT NULL CHECK (nature IN ('material','pedagogical','personal')),
  phases text[] NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX custom_supports_org_idx ON custom_supports(organisation_id);

CREATE TABLE plan_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assistance_id uuid NOT NULL REFERENCES assistances(id) ON DELETE CASCADE,
  support_code text,
  custom_support_id uuid REFERENCES custom_supports(id),
  -- The wording as it was agreed, even if the catalogue changes later.
  wording text NOT NULL,
  nature text NOT NULL CHECK (nature IN ('material','pedagogical','personal')),
  phase text NOT NULL CHECK (phase IN ('before_recevabilite','recevabilite_to_jury','after_jury')),
  carrier_kind text NOT NULL CHECK (carrier_kind IN ('referent','candidate','accompagnateur','certificateur','funder','training_body','partner')),
  carrier_organisation_id uuid REFERENCES organisations(id),
  due_on date,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in_progress','done','dropped')),
  -- The conditions it answers, with why it was suggested: [{conditionCode, status, importance}].
  reasons jsonb NOT NULL DEFAULT '[]',
  feedback text NOT NULL DEFAULT '',
  effect text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (support_code IS NOT NULL OR custom_support_id IS NOT NULL)
);
CREATE INDEX plan_items_assistance_idx ON plan_items(assistance_id);

CREATE TABLE agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assistance_id uuid NOT NULL REFERENCES assistances(id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  -- Everything the document says, structured; the PDF is rendered from it and fingerprinted.
  content jsonb NOT NULL,
  pdf bytea NOT NULL,
  sha256 text NOT NULL,
  next_appointment_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  accepted_at timestamptz,
  accepted_via text CHECK (accepted_via IS NULL OR accepted_via IN ('account','on_screen')),
  accepted_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  accepted_signature_name text,
  -- The fingerprint of the exact document the candidate agreed to.
  accepted_sha256 text,
  UNIQUE (assistance_id, version),
  CHECK ((accepted_at IS NULL) = (accepted_via IS NULL)),
  CHECK (accepted_sha256 IS NULL OR accepted_sha256 = sha256)
);

CREATE TABLE commitments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assistance_id uuid NOT NULL REFERENCES assistances(id) ON DELETE CASCADE,
  label text NOT NULL CHECK (length(trim(label)) > 0),
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','met','dropped')),
  met_at timestamptz,
  reminded_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX commitments_assistance_idx ON commitments(assistance_id);
CREATE INDEX commitments_due_idx ON commitments(due_on) WHERE status = 'open';
