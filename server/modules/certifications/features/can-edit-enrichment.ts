import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { certificationCertificateurs, certificationManagers, organisations } from '../../../db/schema';
import { organisationIdsOf } from '../../../lib/policy';
import type { Principal } from '../../../lib/principal';

/**
 * Who may edit a record's VAE enrichment: platform admins, and certificateur agents of an
 * organisation that manages the record (set by an admin) or whose SIRET is one of the record's
 * certificateurs (the registry already says the organisation owns it).
 */
export async function canEditEnrichment(opts: { exec: Executor; principal: Principal | null; certificationId: string }): Promise<boolean> {
  const { exec, principal, certificationId } = opts;
  if (!principal) return false;
  if (principal.type === 'user' && principal.user.isPlatformAdmin) return true;
  const organisationIds = organisationIdsOf(principal, ['certificateur_agent']);
  if (organisationIds.length === 0) return false;
  const [managed] = await exec
    .select({ id: certificationManagers.organisationId })
    .from(certificationManagers)
    .innerJoin(organisations, eq(organisations.id, certificationManagers.organisationId))
    .where(and(eq(certificationManagers.certificationId, certificationId), inArray(certificationManagers.organisationId, organisationIds), eq(organisations.disabled, false)))
    .limit(1);
  if (managed) return true;
  const [bySiret] = await exec
    .select({ id: organisations.id })
    .from(organisations)
    .innerJoin(certificationCertificateurs, eq(certificationCertificateurs.siret, organisations.siret))
    .where(and(eq(certificationCertificateurs.certificationId, certificationId), inArray(organisations.id, organisationIds), eq(organisations.disabled, false)))
    .limit(1);
  return Boolean(bySiret);
}
