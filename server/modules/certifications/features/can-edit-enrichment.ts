import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { organisationIdsOf } from '../../../lib/policy';
import type { Principal } from '../../../lib/principal';
import { rowsOf } from '../certifications.sql';

/**
 * Why organisations may edit records' VAE enrichment, one row per record and reason
 * (certification_id, manager, siret): an organisation manages the record (set by an admin), or its
 * SIRET is one of the record's certificateurs (the registry already says it owns it). A disabled
 * organisation gives none. canEditEnrichment and listMyCertifications both read it.
 */
export function editReasons(organisationIds: string[]): SQL {
  const ids = sql`${sql.param(organisationIds)}::uuid[]`;
  return sql`
    SELECT m.certification_id, true AS manager, false AS siret
    FROM certification_managers m
    JOIN organisations o ON o.id = m.organisation_id AND NOT o.disabled
    WHERE m.organisation_id = ANY(${ids})
    UNION ALL
    SELECT f.certification_id, false, true
    FROM certification_certificateurs f
    JOIN organisations o ON o.siret = f.siret AND NOT o.disabled
    WHERE o.id = ANY(${ids})`;
}

/**
 * Who may edit a record's VAE enrichment: platform admins, and certificateur agents of an
 * organisation with a reason to (editReasons).
 */
export async function canEditEnrichment(opts: { exec: Executor; principal: Principal | null; certificationId: string }): Promise<boolean> {
  const { exec, principal, certificationId } = opts;
  if (!principal) return false;
  if (principal.type === 'user' && principal.user.isPlatformAdmin) return true;
  const organisationIds = organisationIdsOf(principal, ['certificateur_agent']);
  if (organisationIds.length === 0) return false;
  const rows = rowsOf<{ found: number }>(
    await exec.execute(sql`SELECT 1 AS found FROM (${editReasons(organisationIds)}) r WHERE r.certification_id = ${certificationId} LIMIT 1`),
  );
  return rows.length > 0;
}
