-- Appointments (individual or collective), their participants with attendance and signatures
-- (émargement), the meeting report, and the bookkeeping of convocations and reminders.

CREATE TABLE appointments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- A collective appointment (workshop, information session) may concern several pathways: each
  -- candidate participant then carries their own pathway.
  pathway_id uuid REFERENCES pathways(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('individual','collective')),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  modality text NOT NULL CHECK (modality IN ('face_to_face','phone','video','email')),
  place text,
  link text,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','cancelled')),
  cancellation_reason text,
  plan_item_id uuid REFERENCES plan_items(id) ON DELETE SET NULL,
  reminder_hours_before integer NOT NULL DEFAULT 48 CHECK (reminder_hours_before BETWEEN 1 AND 720),
  -- RFC 5545 SEQUENCE: raised on each change so calendars replace the earlier invitation.
  sequence integer NOT NULL DEFAULT 0,
  created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (kind = 'collective' OR pathway_id IS NOT NULL),
  CHECK ((status = 'cancelled') = (cancellation_reason IS NOT NULL))
);
CREATE INDEX appointments_org_time_idx ON appointments(organisation_id, starts_at);
CREATE INDEX appointments_pathway_idx ON appointments(pathway_id, starts_at);

CREATE TABLE appointment_participants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id uuid NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('professional','candidate')),
  -- The professional's account, or the candidate's account when they have one.
  user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  candidate_id uuid REFERENCES candidates(id) ON DELETE CASCADE,
  pathway_id uuid REFERENCES pathways(id) ON DELETE CASCADE,
  display_name text NOT NULL,
  attendance text CHECK (attendance IS NULL OR attendance IN ('present','excused','absent','cancelled')),
  -- "Je ne pourrai pas venir", said by the candidate from their space.
  declined_at timestamptz,
  declined_reason text,
  signed_at timestamptz,
  signed_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  signed_via text CHECK (signed_via IS NULL OR signed_via IN ('on_screen','own_account')),
  CHECK ((kind = 'candidate') = (candidate_id IS NOT NULL)),
  CHECK (kind = 'candidate' OR user_id IS NOT NULL),
  CHECK ((signed_at IS NULL) = (signed_via IS NULL)),
  UNIQUE (appointment_id, user_id),
  UNIQUE (appointment_id, candidate_id)
);
CREATE INDEX appointment_participants_user_idx ON appointment_participants(user_id);
CREATE INDEX appointment_participants_candidate_idx ON appointment_participants(candidate_id);
CREATE INDEX appointment_participants_pathway_idx ON appointment_participants(pathway_id);

CREATE TABLE meeting_reports (
  appointment_id uuid PRIMARY KEY REFERENCES appointments(id) ON DELETE CASCADE,
  session_objectives text NOT NULL DEFAULT '',
  points_worked text NOT NULL DEFAULT '',
  difficulties text NOT NULL DEFAULT '',
  objectives_reached text NOT NULL DEFAULT '',
  personal_work text NOT NULL DEFAULT '',
  next_steps text NOT NULL DEFAULT '',
  written_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  written_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Each convocation, change, cancellation and reminder sent, once per version of the appointment:
-- the unique key is what keeps a retried reminder job from sending twice.
CREATE TABLE appointment_notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id uuid NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('convocation','update','cancellation','reminder')),
  sequence integer NOT NULL,
  email_id uuid REFERENCES emails(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (appointment_id, kind, sequence)
);

-- A professional's availability slots, offered for appointments (and reused by later issues).
CREATE TABLE availability_slots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE INDEX availability_slots_org_time_idx ON availability_slots(organisation_id, starts_at);
CREATE INDEX availability_slots_user_time_idx ON availability_slots(user_id, starts_at);
