-- Sharing a pathway (issue 7, point 4): the candidate grants an organisation taking part in the
-- pathway access to parts of the file (scopes), and may withdraw it. A withdrawn grant is kept,
-- stamped, for the history; at most one grant per organisation and pathway is active at a time.
-- Reads of shared parts are written to audit_events (append-only), which is the access log.

CREATE TABLE share_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pathway_id uuid NOT NULL REFERENCES pathways(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  scopes text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['livret','documents','meeting_reports']::text[]),
  granted_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  granted_at timestamptz NOT NULL,
  withdrawn_at timestamptz,
  withdrawn_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  CHECK (withdrawn_at IS NULL OR withdrawn_at >= granted_at)
);
CREATE UNIQUE INDEX share_grants_active_idx ON share_grants(pathway_id, organisation_id) WHERE withdrawn_at IS NULL;
CREATE INDEX share_grants_pathway_idx ON share_grants(pathway_id, granted_at);

