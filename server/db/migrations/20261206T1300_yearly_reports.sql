-- Yearly reports of a structure or a groupement to its commanditaire (issue 8, point 3).
-- draft → signed → sent. The figures are computed into `content` while the report is a draft; signing
-- freezes them with the director's narrative, and `content_sha256` is the SHA-256 of the frozen
-- content in canonical JSON (sorted keys), so any later change to it is detectable. The steps are
-- dated here and each one is an audit event.
CREATE TABLE yearly_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  commanditaire_id uuid NOT NULL REFERENCES organisations(id),
  year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  groupement_id uuid REFERENCES groupements(id),
  organisation_id uuid REFERENCES organisations(id),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','signed','sent')),
  narrative text NOT NULL DEFAULT '',
  content jsonb NOT NULL,
  content_sha256 text,
  created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  signed_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  signed_by_name text,
  signed_at timestamptz,
  sent_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  sent_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((groupement_id IS NULL) <> (organisation_id IS NULL)),
  CHECK (status = 'draft' OR (content_sha256 IS NOT NULL AND signed_at IS NOT NULL)),
  CHECK (status <> 'sent' OR sent_at IS NOT NULL)
);
-- One report per commanditaire, party and year.
CREATE UNIQUE INDEX yearly_reports_structure_uq ON yearly_reports(commanditaire_id, organisation_id, year) WHERE organisation_id IS NOT NULL;
CREATE UNIQUE INDEX yearly_reports_groupement_uq ON yearly_reports(commanditaire_id, groupement_id, year) WHERE groupement_id IS NOT NULL;
CREATE INDEX yearly_reports_commanditaire_idx ON yearly_reports(commanditaire_id, year);
