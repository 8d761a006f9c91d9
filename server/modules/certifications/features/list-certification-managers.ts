import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { certificationManagers, organisations } from '../../../db/schema';
import { presentManager } from '../certifications-admin.presenter';
import { findCertificationId } from './find-certification-id';

export async function listCertificationManagers(opts: { exec: Executor; code: string }) {
  const certificationId = await findCertificationId(opts.exec, opts.code);
  const rows = await opts.exec
    .select({ organisationId: certificationManagers.organisationId, name: organisations.name, siret: organisations.siret, createdAt: certificationManagers.createdAt })
    .from(certificationManagers)
    .innerJoin(organisations, eq(organisations.id, certificationManagers.organisationId))
    .where(eq(certificationManagers.certificationId, certificationId))
    .orderBy(asc(organisations.name));
  return { items: rows.map(presentManager) };
}
