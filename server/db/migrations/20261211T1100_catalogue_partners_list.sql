-- A fiche's partners as one JSON list in its record (issue 3, import time).
--
-- The partners were rows of their own: 28 a fiche on average in the full-size registry, over a
-- thousand for some, so about 840,000 rows for 30,000 fiches and a tenth of PGlite's import time.
-- Nothing reads them one by one: the record page shows them in the fiche's order (the first 200,
-- and how many there are), no search or filter reads them (their SIRET index went in
-- 20261209T0900). They are now a list in the record, in that order, with the same fields, and the
-- SIRET check stays. No statistics: no query filters on them.
ALTER TABLE certifications
  ADD COLUMN partners jsonb NOT NULL DEFAULT '[]'::jsonb
    CONSTRAINT certifications_partners_check CHECK (
      jsonb_typeof(partners) = 'array'
      AND NOT jsonb_path_exists(partners, '$[*].siret ? (@ != null && !(@ like_regex "^[0-9]{14}$"))')),
  ALTER COLUMN partners SET STATISTICS 0;

UPDATE certifications c SET partners = p.list
FROM (
  SELECT certification_id,
    jsonb_agg(jsonb_build_object('siret', siret, 'name', name, 'habilitation', habilitation, 'state', state,
      'activeSince', active_since, 'stateChangedOn', state_changed_on) ORDER BY position) AS list
  FROM certification_partners
  GROUP BY certification_id
) p
WHERE p.certification_id = c.id;

DROP TABLE certification_partners;
