-- Organisations that manage a certification record: their certificateur agents may edit its VAE
-- enrichment. Set by platform admins; an organisation whose SIRET is one of the record's
-- certificateurs is accepted without a row here (checked by the application).
CREATE TABLE certification_managers (
  certification_id uuid NOT NULL REFERENCES certifications(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users(id),
  PRIMARY KEY (certification_id, organisation_id)
);
CREATE INDEX certification_managers_organisation_idx ON certification_managers(organisation_id);

-- Imports now run as background jobs: a run exists from the upload (queued), shows its progress
-- while running, and gets its counts and report when it ends.
ALTER TABLE certification_import_runs DROP CONSTRAINT certification_import_runs_status_check;
ALTER TABLE certification_import_runs
  ADD CONSTRAINT certification_import_runs_status_check CHECK (status IN ('queued','running','completed','failed'));
ALTER TABLE certification_import_runs ALTER COLUMN started_at DROP NOT NULL;
ALTER TABLE certification_import_runs ALTER COLUMN finished_at DROP NOT NULL;
ALTER TABLE certification_import_runs ADD COLUMN records_processed integer NOT NULL DEFAULT 0;
ALTER TABLE certification_import_runs ADD COLUMN bytes_read bigint NOT NULL DEFAULT 0;
ALTER TABLE certification_import_runs ADD COLUMN bytes_total bigint;
ALTER TABLE certification_import_runs ADD COLUMN requested_by uuid REFERENCES users(id);
ALTER TABLE certification_import_runs ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
