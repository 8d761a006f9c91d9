-- A second rollup above dashboard_monthly_counts for the readers of many structures (a commanditaire,
-- the State, a resource centre): the same facts without the référent, one row per structure × metric ×
-- calendar year × département × key, with the twelve monthly counts in an array. A national year then
-- reads about two thousand rows per metric instead of hundreds of thousands (phase_time is counted
-- per référent and month in the monthly rollup). See docs/decisions/0005-dashboard-rollups.md.
CREATE TABLE dashboard_yearly_counts (
  organisation_id uuid NOT NULL,
  metric text NOT NULL,
  year int NOT NULL,
  departement_code text NOT NULL,
  key text NOT NULL,
  -- counts per French calendar month, January first
  months bigint[] NOT NULL CHECK (cardinality(months) = 12),
  n bigint NOT NULL,
  seconds bigint NOT NULL,
  PRIMARY KEY (organisation_id, metric, year, departement_code, key)
);

-- Twelve counts with n at month mo (1..12).
CREATE FUNCTION dashboard_month_vector(mo int, n bigint) RETURNS bigint[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_fill(0::bigint, ARRAY[mo - 1]) || n || array_fill(0::bigint, ARRAY[12 - mo])
$$;

-- Element-wise sum of two twelve-month vectors.
CREATE FUNCTION dashboard_months_plus(a bigint[], b bigint[]) RETURNS bigint[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_agg(x + y ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i)
$$;

CREATE AGGREGATE dashboard_months_sum(bigint[]) (
  SFUNC = dashboard_months_plus,
  STYPE = bigint[],
  INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0}',
  PARALLEL = SAFE
);

-- Statement-level like the monthly rollup's triggers: removed facts are added with a minus sign,
-- then added facts, then rows that fell to zero are dropped. Rows are upserted in key order so
-- that concurrent writers lock them in the same order. The transition tables a branch names only
-- exist for the events that have them; PL/pgSQL plans each statement when it first runs.
CREATE FUNCTION dashboard_facts_yearly() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO dashboard_yearly_counts AS d (organisation_id, metric, year, departement_code, key, months, n, seconds)
    SELECT organisation_id, metric, extract(year FROM m)::int, departement_code, key,
           dashboard_months_sum(dashboard_month_vector(extract(month FROM m)::int, -c)), -sum(c), -sum(s)
    FROM (SELECT organisation_id, metric, departement_code, key, dashboard_month(occurred_at) AS m, count(*) AS c, sum(seconds) AS s
          FROM old_rows GROUP BY 1, 2, 3, 4, 5) g
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (organisation_id, metric, year, departement_code, key)
    DO UPDATE SET months = dashboard_months_plus(d.months, EXCLUDED.months), n = d.n + EXCLUDED.n, seconds = d.seconds + EXCLUDED.seconds;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO dashboard_yearly_counts AS d (organisation_id, metric, year, departement_code, key, months, n, seconds)
    SELECT organisation_id, metric, extract(year FROM m)::int, departement_code, key,
           dashboard_months_sum(dashboard_month_vector(extract(month FROM m)::int, c)), sum(c), sum(s)
    FROM (SELECT organisation_id, metric, departement_code, key, dashboard_month(occurred_at) AS m, count(*) AS c, sum(seconds) AS s
          FROM new_rows GROUP BY 1, 2, 3, 4, 5) g
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (organisation_id, metric, year, departement_code, key)
    DO UPDATE SET months = dashboard_months_plus(d.months, EXCLUDED.months), n = d.n + EXCLUDED.n, seconds = d.seconds + EXCLUDED.seconds;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    DELETE FROM dashboard_yearly_counts d
    USING (SELECT DISTINCT organisation_id, metric, extract(year FROM dashboard_month(occurred_at))::int AS year, departement_code, key FROM old_rows) o
    WHERE d.organisation_id = o.organisation_id AND d.metric = o.metric AND d.year = o.year
      AND d.departement_code = o.departement_code AND d.key = o.key AND d.n = 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_facts_yearly_on_insert AFTER INSERT ON dashboard_facts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_facts_yearly();
CREATE TRIGGER dashboard_facts_yearly_on_delete AFTER DELETE ON dashboard_facts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_facts_yearly();
CREATE TRIGGER dashboard_facts_yearly_on_update AFTER UPDATE ON dashboard_facts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_facts_yearly();

-- Existing facts, from the monthly rollup (exact by construction, and far smaller than the facts).
INSERT INTO dashboard_yearly_counts (organisation_id, metric, year, departement_code, key, months, n, seconds)
SELECT organisation_id, metric, extract(year FROM month)::int, departement_code, key,
       dashboard_months_sum(dashboard_month_vector(extract(month FROM month)::int, n)), sum(n), sum(seconds)
FROM (SELECT organisation_id, metric, month, departement_code, key, sum(n)::bigint AS n, sum(seconds)::bigint AS seconds
      FROM dashboard_monthly_counts GROUP BY 1, 2, 3, 4, 5) m
GROUP BY 1, 2, 3, 4, 5;
