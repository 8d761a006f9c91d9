-- The référent's network (issue 7): a structure's partner address book with its contacts and the
-- history of exchanges, and referrals of a candidate to a partner contact answered through
-- single-use links (stored hashed) that expire.

CREATE TABLE partner_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  -- Lower-cased, unaccented name: what makes a CSV re-import find the same entry.
  stable_key text NOT NULL,
  name text NOT NULL CHECK (length(trim(name)) > 0),
  fields text[] NOT NULL DEFAULT '{}',
  -- private: the structure only; territory: every structure of the départements covered.
  visibility text NOT NULL DEFAULT 'private' CHECK (visibility IN ('private','territory')),
  departements text[] NOT NULL DEFAULT '{}',
  address text NOT NULL DEFAULT '',
  website text NOT NULL DEFAULT '',
  notes text NOT NULL DEFAULT '',
  last_checked_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (organisation_id, stable_key)
);
CREATE INDEX partner_entries_departements_idx ON partner_entries USING gin (departements);
CREATE INDEX partner_entries_fields_idx ON partner_entries USING gin (fields);

CREATE TABLE partner_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entry_id uuid NOT NULL REFERENCES partner_entries(id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(trim(name)) > 0),
  job_title text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  hours text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX partner_contacts_entry_idx ON partner_contacts(entry_id);

CREATE TABLE partner_exchanges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entry_id uuid NOT NULL REFERENCES partner_entries(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  author_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  occurred_on date NOT NULL,
  summary text NOT NULL CHECK (length(trim(summary)) > 0),
  created_at timestamptz NOT NULL
);
CREATE INDEX partner_exchanges_entry_idx ON partner_exchanges(entry_id, occurred_on);

CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pathway_id uuid NOT NULL REFERENCES pathways(id) ON DELETE CASCADE,
  -- The référent's structure, which owns the referral.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  plan_item_id uuid REFERENCES plan_items(id) ON DELETE SET NULL,
  contact_id uuid NOT NULL REFERENCES partner_contacts(id),
  consent_at timestamptz NOT NULL,
  consent_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  shared_information text NOT NULL CHECK (length(trim(shared_information)) > 0),
  status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent','accepted','declined','outcome_reported','expired')),
  decline_reason text,
  outcome text,
  mediation_notes text NOT NULL DEFAULT '',
  -- The link currently valid (answer, then outcome); older ones stay in referral_links.
  token_hash text,
  expires_at timestamptz NOT NULL,
  reminded_at timestamptz,
  answered_at timestamptz,
  created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX referrals_pathway_idx ON referrals(pathway_id, created_at);
CREATE INDEX referrals_pending_idx ON referrals(status, expires_at) WHERE status IN ('sent','accepted');

-- Every link ever sent, hashed: a second use is told apart from an unknown link.
CREATE TABLE referral_links (
  token_hash text PRIMARY KEY,
  referral_id uuid NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('answer','outcome')),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX referral_links_referral_idx ON referral_links(referral_id);

-- Meetings of the territory's actors, run by a structure: participants from the address book and
-- from Jalon's organisations, agenda, report, decisions with who follows each up.
CREATE TABLE network_meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(trim(title)) > 0),
  held_at timestamptz NOT NULL,
  -- [{kind: 'contact'|'organisation', id, name}]
  participants jsonb NOT NULL DEFAULT '[]',
  agenda text NOT NULL DEFAULT '',
  report text NOT NULL DEFAULT '',
  -- [{text, followedBy}]
  decisions jsonb NOT NULL DEFAULT '[]',
  created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX network_meetings_org_idx ON network_meetings(organisation_id, held_at);

-- Information material about assistance renforcée, for professionals or for the public, and
-- the record of each time it was shared and with whom.
CREATE TABLE library_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(trim(title)) > 0),
  audience text NOT NULL CHECK (audience IN ('professionals','public')),
  url text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '',
  -- [{sharedOn, withWhom}]
  shares jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX library_items_org_idx ON library_items(organisation_id);
