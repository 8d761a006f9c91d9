-- Foundation: territories, organisations, accounts, sessions, audit trail, jobs and email outbox.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE regions (
  code text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE departements (
  code text PRIMARY KEY,
  name text NOT NULL,
  region_code text NOT NULL REFERENCES regions(code)
);
CREATE INDEX departements_region_idx ON departements(region_code);

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('commanditaire','counselling_structure','accompaniment_organisation','certificateur','funder','partner','school','resource_centre')),
  name text NOT NULL CHECK (length(trim(name)) > 0),
  siret text CHECK (siret IS NULL OR siret ~ '^[0-9]{14}$'),
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organisations_kind_idx ON organisations(kind);

CREATE TABLE organisation_departements (
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  departement_code text NOT NULL REFERENCES departements(code),
  PRIMARY KEY (organisation_id, departement_code)
);

-- Custom territories (e.g. a ZTEF) made of départements, owned by the organisation that defined them.
CREATE TABLE zones (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  kind text NOT NULL DEFAULT 'custom',
  owner_organisation_id uuid REFERENCES organisations(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE zone_departements (
  zone_id uuid NOT NULL REFERENCES zones(id) ON DELETE CASCADE,
  departement_code text NOT NULL REFERENCES departements(code),
  PRIMARY KEY (zone_id, departement_code)
);

CREATE TABLE groupements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  commanditaire_id uuid REFERENCES organisations(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE groupement_members (
  groupement_id uuid NOT NULL REFERENCES groupements(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (groupement_id, organisation_id)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  display_name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('professional','candidate')),
  password_hash text,
  is_platform_admin boolean NOT NULL DEFAULT false,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));

CREATE TABLE memberships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('referent','accompagnateur','conseiller','certificateur_agent','director','funder_analyst','school_staff','admin')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, organisation_id, role)
);
CREATE INDEX memberships_org_idx ON memberships(organisation_id);

-- Server-side sessions: the cookie carries a random token, the table its SHA-256 only.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user_idx ON sessions(user_id);

-- Single-use tokens sent by email (magic links, password resets); stored hashed.
CREATE TABLE auth_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('magic_link','password_reset')),
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('referent','accompagnateur','conseiller','certificateur_agent','director','funder_analyst','school_staff','admin')),
  token_hash text NOT NULL UNIQUE,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- Append-only audit trail. The trigger below makes the database itself refuse UPDATE and DELETE.
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  actor_user_id uuid,
  actor_organisation_id uuid,
  event_type text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_entity_idx ON audit_events(entity_type, entity_id);
CREATE INDEX audit_events_type_idx ON audit_events(event_type, occurred_at DESC);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

-- Postgres-backed job queue (see docs/decisions/0002-job-queue.md).
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','running','done','failed')),
  run_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5,
  idempotency_key text UNIQUE,
  last_error text,
  locked_at timestamptz,
  created_at timestamptz NOT NULL,
  finished_at timestamptz
);
CREATE INDEX jobs_due_idx ON jobs(run_at) WHERE status = 'pending';

-- Every email Jalon sends, with its delivery status; without SMTP it stays here as the local mailbox.
CREATE TABLE emails (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  recipients text[] NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  body_html text,
  attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','sent','stored','failed')),
  error text,
  message_id text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz
);
CREATE INDEX emails_created_idx ON emails(created_at DESC);
