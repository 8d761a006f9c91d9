-- A person's edit of a VAE enrichment survives a restart (issue 3).
--
-- The reference certifications are seeded at every start, and the seed wrote its enrichment back
-- whenever the stored one differed: an edit by the certificateur or an admin of RNCP37231,
-- RNCP36625 or RNCP37274 was reverted at the next start. edited_at marks an enrichment a person
-- has edited (updateEnrichment sets it); the seed leaves those alone.
ALTER TABLE certification_enrichments ADD COLUMN edited_at timestamptz;

-- Enrichments already edited through the application, as the audit trail records them.
UPDATE certification_enrichments e
SET edited_at = a.last_edit
FROM (
  SELECT entity_id, max(occurred_at) AS last_edit
  FROM audit_events
  WHERE event_type = 'certification.enrichment_updated' AND entity_type = 'certification'
  GROUP BY entity_id
) a
WHERE a.entity_id = e.certification_id::text;
