-- Funders' yearly agreements and targets (issue 8), professional development days, and the
-- dashboard rollups kept exact by triggers in the writing transaction
-- (docs/decisions/0005-dashboard-rollups.md).

-- A commanditaire's yearly agreement (convention) with a groupement or a single structure.
CREATE TABLE target_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  commanditaire_id uuid NOT NULL REFERENCES organisations(id),
  year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  groupement_id uuid REFERENCES groupements(id),
  organisation_id uuid REFERENCES organisations(id),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  -- Realised may fall this many percent behind the cumulative plan before an alert is raised.
  alert_margin_pct smallint NOT NULL DEFAULT 10 CHECK (alert_margin_pct BETWEEN 0 AND 100),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((groupement_id IS NULL) <> (organisation_id IS NULL))
);
CREATE INDEX target_agreements_commanditaire_idx ON target_agreements(commanditaire_id, year);
CREATE INDEX target_agreements_groupement_idx ON target_agreements(groupement_id, year);
CREATE INDEX target_agreements_organisation_idx ON target_agreements(organisation_id, year);

-- One line per territory (a département or a zone) and service: quantity and budget.
CREATE TABLE target_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES target_agreements(id) ON DELETE CASCADE,
  service text NOT NULL CHECK (service IN ('conseil_vae','assistance_renforcee')),
  departement_code text REFERENCES departements(code),
  zone_id uuid REFERENCES zones(id),
  quantity integer NOT NULL CHECK (quantity BETWEEN 0 AND 1000000),
  budget_cents bigint NOT NULL CHECK (budget_cents >= 0),
  position smallint NOT NULL,
  CHECK ((departement_code IS NULL) <> (zone_id IS NULL))
);
CREATE INDEX target_lines_agreement_idx ON target_lines(agreement_id);

-- The monthly plan of a line (month 1..12); the application keeps its sum equal to the quantity.
CREATE TABLE target_line_months (
  line_id uuid NOT NULL REFERENCES target_lines(id) ON DELETE CASCADE,
  month smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
  quantity integer NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (line_id, month)
);

-- The split of a groupement's line among its member structures (directors agree on it).
CREATE TABLE target_line_shares (
  line_id uuid NOT NULL REFERENCES target_lines(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  quantity integer NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (line_id, organisation_id)
);

-- Professional development days (seed 004: at least two a year per référent).
CREATE TABLE professional_training_days (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  held_on date NOT NULL,
  days numeric(3,1) NOT NULL CHECK (days > 0 AND days <= 5),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX professional_training_days_org_idx ON professional_training_days(organisation_id, held_on);

-- One row per counted fact, attributed when it happens (structure, candidate's département,
-- référent) and never re-attributed: a month a funder has read does not move when a référent leaves.
--   realised          key = service: assistance_renforcee (first accepted agreement of an
--                     assistance) or conseil_vae (a followed pathway leaving the information stage)
--   jury              key = total | partial | none (result entered)
--   pathway_closed    key = the pathway's closure reason
--   assistance_closed key = the assistance's closure reason (relay, abandon...)
--   support           key = the plan item's support code (or 'custom')
--   phase_time        key = the state left; seconds = time spent in it
CREATE TABLE dashboard_facts (
  id bigserial PRIMARY KEY,
  metric text NOT NULL CHECK (metric IN ('realised','jury','pathway_closed','assistance_closed','support','phase_time')),
  key text NOT NULL,
  source_id uuid NOT NULL,
  pathway_id uuid NOT NULL REFERENCES pathways(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  departement_code text NOT NULL DEFAULT '',
  referent_user_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  occurred_at timestamptz NOT NULL,
  seconds bigint NOT NULL DEFAULT 0,
  UNIQUE (metric, source_id)
);
CREATE INDEX dashboard_facts_org_idx ON dashboard_facts(organisation_id, metric, occurred_at);
CREATE INDEX dashboard_facts_pathway_idx ON dashboard_facts(pathway_id);

-- The rollup every dashboard reads: counts (and summed seconds) per structure × month × metric ×
-- key × département × référent. Only the triggers on dashboard_facts write it.
CREATE TABLE dashboard_monthly_counts (
  organisation_id uuid NOT NULL,
  month date NOT NULL,
  metric text NOT NULL,
  key text NOT NULL,
  departement_code text NOT NULL,
  referent_user_id uuid NOT NULL,
  n bigint NOT NULL,
  seconds bigint NOT NULL,
  -- Every read is one metric of some structures over a period: (structure, metric) first makes it
  -- one contiguous range per structure instead of every metric's rows of the period filtered.
  PRIMARY KEY (organisation_id, metric, month, key, departement_code, referent_user_id)
);

-- Months follow the French calendar, whatever the server's time zone.
CREATE FUNCTION dashboard_month(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('month', at AT TIME ZONE 'Europe/Paris')::date
$$;

-- Statement-level: a bulk insert of facts costs one grouped upsert, not one per row. Rows are
-- upserted in key order so that two concurrent writers lock rollup rows in the same order.
CREATE FUNCTION dashboard_facts_rollup_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_monthly_counts AS d (organisation_id, month, metric, key, departement_code, referent_user_id, n, seconds)
  SELECT organisation_id, dashboard_month(occurred_at), metric, key, departement_code, referent_user_id, count(*), sum(seconds)
  FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (organisation_id, month, metric, key, departement_code, referent_user_id)
  DO UPDATE SET n = d.n + EXCLUDED.n, seconds = d.seconds + EXCLUDED.seconds;
  RETURN NULL;
END $$;

CREATE FUNCTION dashboard_facts_rollup_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE dashboard_monthly_counts d SET n = d.n - o.n, seconds = d.seconds - o.seconds
  FROM (SELECT organisation_id, dashboard_month(occurred_at) AS month, metric, key, departement_code, referent_user_id, count(*) AS n, sum(seconds) AS seconds
        FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6) o
  WHERE d.organisation_id = o.organisation_id AND d.month = o.month AND d.metric = o.metric AND d.key = o.key
    AND d.departement_code = o.departement_code AND d.referent_user_id = o.referent_user_id;
  DELETE FROM dashboard_monthly_counts d
  USING (SELECT DISTINCT organisation_id, dashboard_month(occurred_at) AS month, metric, key, departement_code, referent_user_id FROM old_rows) o
  WHERE d.organisation_id = o.organisation_id AND d.month = o.month AND d.metric = o.metric AND d.key = o.key
    AND d.departement_code = o.departement_code AND d.referent_user_id = o.referent_user_id AND d.n = 0;
  RETURN NULL;
END $$;

CREATE FUNCTION dashboard_facts_rollup_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE dashboard_monthly_counts d SET n = d.n - o.n, seconds = d.seconds - o.seconds
  FROM (SELECT organisation_id, dashboard_month(occurred_at) AS month, metric, key, departement_code, referent_user_id, count(*) AS n, sum(seconds) AS seconds
        FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6) o
  WHERE d.organisation_id = o.organisation_id AND d.month = o.month AND d.metric = o.metric AND d.key = o.key
    AND d.departement_code = o.departement_code AND d.referent_user_id = o.referent_user_id;
  INSERT INTO dashboard_monthly_counts AS d (organisation_id, month, metric, key, departement_code, referent_user_id, n, seconds)
  SELECT organisation_id, dashboard_month(occurred_at), metric, key, departement_code, referent_user_id, count(*), sum(seconds)
  FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (organisation_id, month, metric, key, departement_code, referent_user_id)
  DO UPDATE SET n = d.n + EXCLUDED.n, seconds = d.seconds + EXCLUDED.seconds;
  DELETE FROM dashboard_monthly_counts d
  USING (SELECT DISTINCT organisation_id, dashboard_month(occurred_at) AS month, metric, key, departement_code, referent_user_id FROM old_rows) o
  WHERE d.organisation_id = o.organisation_id AND d.month = o.month AND d.metric = o.metric AND d.key = o.key
    AND d.departement_code = o.departement_code AND d.referent_user_id = o.referent_user_id AND d.n = 0;
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_facts_rollup_on_insert AFTER INSERT ON dashboard_facts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_facts_rollup_insert();
CREATE TRIGGER dashboard_facts_rollup_on_delete AFTER DELETE ON dashboard_facts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_facts_rollup_delete();
CREATE TRIGGER dashboard_facts_rollup_on_update AFTER UPDATE ON dashboard_facts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_facts_rollup_update();

-- The structure that follows a pathway: its référent actor (the earliest one), with that actor's
-- user and the candidate's département.
CREATE FUNCTION dashboard_pathway_owner(p uuid) RETURNS TABLE (organisation_id uuid, referent_user_id uuid, departement_code text) LANGUAGE sql STABLE AS $$
  SELECT a.organisation_id, coalesce(a.user_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(c.departement_code, '')
  FROM pathway_actors a JOIN pathways pw ON pw.id = a.pathway_id JOIN candidates c ON c.id = pw.candidate_id
  WHERE a.pathway_id = p AND a.role = 'referent'
  ORDER BY a.created_at, a.id LIMIT 1
$$;

-- Transitions (append-only, bulk-inserted by the scale generator): time spent in the state left,
-- the closure reason, and the conseil VAE (the first exit from the information stage). One
-- statement for the three: each pathway's owner is looked up once per statement (not once per
-- transition and metric), and the previous transition comes from one ordered pass over the
-- touched pathways' history (the new rows are in it already: this trigger runs after the insert).
CREATE FUNCTION dashboard_facts_from_transitions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH touched AS MATERIALIZED (SELECT DISTINCT pathway_id FROM new_rows),
  owners AS MATERIALIZED (
    SELECT k.pathway_id, pw.started_at, o.organisation_id, o.referent_user_id, o.departement_code
    FROM touched k JOIN pathways pw ON pw.id = k.pathway_id CROSS JOIN LATERAL dashboard_pathway_owner(k.pathway_id) o
  ),
  timed AS (
    SELECT h.id, h.pathway_id, h.from_state, h.type, h.data, h.at, lag(h.at) OVER (PARTITION BY h.pathway_id ORDER BY h.at, h.id) AS prev,
           row_number() OVER (PARTITION BY h.pathway_id, h.from_state = 'information' ORDER BY h.at, h.id) AS nth
    FROM pathway_transitions h WHERE h.pathway_id IN (SELECT pathway_id FROM touched)
  ),
  fresh AS (
    SELECT t.*, o.started_at, o.organisation_id, o.referent_user_id, o.departement_code
    FROM timed t JOIN new_rows n ON n.id = t.id JOIN owners o ON o.pathway_id = t.pathway_id
  )
  INSERT INTO dashboard_facts (metric, key, source_id, pathway_id, organisation_id, departement_code, referent_user_id, occurred_at, seconds)
  SELECT 'phase_time', f.from_state, f.id, f.pathway_id, f.organisation_id, f.departement_code, f.referent_user_id, f.at,
         greatest(0, floor(extract(epoch FROM f.at - coalesce(f.prev, f.started_at))))::bigint
  FROM fresh f
  UNION ALL
  SELECT 'pathway_closed', coalesce(f.data->>'reason', 'other'), f.id, f.pathway_id, f.organisation_id, f.departement_code, f.referent_user_id, f.at, 0
  FROM fresh f WHERE f.type = 'close'
  UNION ALL
  SELECT 'realised', 'conseil_vae', f.pathway_id, f.pathway_id, f.organisation_id, f.departement_code, f.referent_user_id, f.at, 0
  FROM fresh f WHERE f.from_state = 'information' AND f.nth = 1
  ON CONFLICT (metric, source_id) DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER pathway_transitions_dashboard_facts AFTER INSERT ON pathway_transitions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_facts_from_transitions();

-- Jury results: counted once the overall result is entered; a correction moves the fact.
CREATE FUNCTION dashboard_facts_from_juries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM dashboard_facts f USING new_rows j WHERE f.metric = 'jury' AND f.source_id = j.id AND j.overall IS NULL;
  INSERT INTO dashboard_facts (metric, key, source_id, pathway_id, organisation_id, departement_code, referent_user_id, occurred_at)
  SELECT 'jury', j.overall, j.id, j.pathway_id, o.organisation_id, o.departement_code, o.referent_user_id, coalesce(j.result_entered_at, j.scheduled_at)
  FROM new_rows j CROSS JOIN LATERAL dashboard_pathway_owner(j.pathway_id) o
  WHERE j.overall IS NOT NULL
  ORDER BY j.id
  ON CONFLICT (metric, source_id) DO UPDATE SET key = EXCLUDED.key, occurred_at = EXCLUDED.occurred_at
    WHERE dashboard_facts.key IS DISTINCT FROM EXCLUDED.key OR dashboard_facts.occurred_at IS DISTINCT FROM EXCLUDED.occurred_at;
  RETURN NULL;
END $$;
CREATE TRIGGER jury_sessions_dashboard_facts_insert AFTER INSERT ON jury_sessions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_facts_from_juries();
CREATE TRIGGER jury_sessions_dashboard_facts_update AFTER UPDATE ON jury_sessions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_facts_from_juries();

-- Assistance facts are attributed to the assistance's structure and référent.
CREATE FUNCTION dashboard_assistance_fact(p_metric text, p_key text, p_source uuid, p_assistance uuid, p_at timestamptz) RETURNS void LANGUAGE sql AS $$
  INSERT INTO dashboard_facts (metric, key, source_id, pathway_id, organisation_id, departement_code, referent_user_id, occurred_at)
  SELECT p_metric, p_key, p_source, a.pathway_id, a.organisation_id, coalesce(c.departement_code, ''),
         coalesce(a.referent_user_id, '00000000-0000-0000-0000-000000000000'::uuid), p_at
  FROM assistances a JOIN pathways pw ON pw.id = a.pathway_id JOIN candidates c ON c.id = pw.candidate_id
  WHERE a.id = p_assistance
  ON CONFLICT (metric, source_id) DO NOTHING
$$;

-- The first version of an agreement the candidate accepts makes the assistance "realised".
CREATE FUNCTION dashboard_facts_from_agreements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.accepted_at IS NOT NULL THEN
    PERFORM dashboard_assistance_fact('realised', 'assistance_renforcee', NEW.assistance_id, NEW.assistance_id, NEW.accepted_at);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER agreements_dashboard_facts AFTER INSERT OR UPDATE OF accepted_at ON agreements
  FOR EACH ROW EXECUTE FUNCTION dashboard_facts_from_agreements();

CREATE FUNCTION dashboard_facts_from_assistances() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.closure_reason IS NOT DISTINCT FROM NEW.closure_reason THEN RETURN NULL; END IF;
  DELETE FROM dashboard_facts WHERE metric = 'assistance_closed' AND source_id = NEW.id;
  IF NEW.closure_reason IS NOT NULL THEN
    PERFORM dashboard_assistance_fact('assistance_closed', NEW.closure_reason, NEW.id, NEW.id, coalesce(NEW.closed_at, NEW.updated_at));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER assistances_dashboard_facts AFTER INSERT OR UPDATE ON assistances
  FOR EACH ROW EXECUTE FUNCTION dashboard_facts_from_assistances();

CREATE FUNCTION dashboard_facts_from_plan_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM dashboard_facts WHERE metric = 'support' AND source_id = OLD.id;
    RETURN NULL;
  END IF;
  PERFORM dashboard_assistance_fact('support', coalesce(NEW.support_code, 'custom'), NEW.id, NEW.assistance_id, NEW.created_at);
  RETURN NULL;
END $$;
CREATE TRIGGER plan_items_dashboard_facts AFTER INSERT OR DELETE ON plan_items
  FOR EACH ROW EXECUTE FUNCTION dashboard_facts_from_plan_items();
