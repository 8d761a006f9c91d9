-- Satisfaction questionnaires and complaints (issue 6 point 5). A questionnaire is sent to the
-- candidate at the end of an assistance renforcée or of an accompaniment through a single-use link
-- (stored hashed) that expires; answers are kept per question with the questionnaire's version.
-- A complaint is tracked from its receipt to its closure, with the history of its statuses.

CREATE TABLE satisfaction_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pathway_id uuid NOT NULL REFERENCES pathways(id) ON DELETE CASCADE,
  -- The structure asking, whose aggregates the answers feed.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  context text NOT NULL CHECK (context IN ('assistance','accompaniment')),
  -- At most one questionnaire per assistance, even if its end were replayed.
  assistance_id uuid UNIQUE REFERENCES assistances(id) ON DELETE SET NULL,
  questionnaire_version integer NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','sent','answered','no_recipient')),
  token_hash text UNIQUE,
  sent_to text,
  sent_at timestamptz,
  expires_at timestamptz,
  answered_at timestamptz,
  requested_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX satisfaction_requests_pathway_idx ON satisfaction_requests(pathway_id, created_at);
-- Aggregates per structure and period are read by the sending date.
CREATE INDEX satisfaction_requests_org_sent_idx ON satisfaction_requests(organisation_id, sent_at);

CREATE TABLE satisfaction_answers (
  request_id uuid NOT NULL REFERENCES satisfaction_requests(id) ON DELETE CASCADE,
  question_id text NOT NULL,
  questionnaire_version integer NOT NULL,
  score integer CHECK (score BETWEEN 1 AND 5),
  choice boolean,
  comment text,
  PRIMARY KEY (request_id, question_id)
);

CREATE TABLE complaints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  -- The structure concerned: the only one, with the candidate, to see the complaint.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  pathway_id uuid REFERENCES pathways(id) ON DELETE SET NULL,
  satisfaction_request_id uuid REFERENCES satisfaction_requests(id) ON DELETE SET NULL,
  subject text NOT NULL CHECK (length(trim(subject)) > 0),
  body text NOT NULL CHECK (length(trim(body)) > 0),
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received','acknowledged','answered','closed')),
  answer text,
  received_at timestamptz NOT NULL,
  acknowledged_at timestamptz,
  answered_at timestamptz,
  closed_at timestamptz,
  updated_at timestamptz NOT NULL
);
CREATE INDEX complaints_org_idx ON complaints(organisation_id, received_at);
CREATE INDEX complaints_candidate_idx ON complaints(candidate_id, received_at);

CREATE TABLE complaint_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  complaint_id uuid NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('received','acknowledged','answered','closed')),
  note text,
  by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  at timestamptz NOT NULL
);
CREATE INDEX complaint_events_complaint_idx ON complaint_events(complaint_id, at);
