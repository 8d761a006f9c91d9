import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { certificationManagers } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Actor } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { findCertificationId } from './find-certification-id';

export async function removeCertificationManager(opts: { database: Database; clock: Clock; actor: Actor; code: string; organisationId: string }) {
  const { clock, actor, code, organisationId } = opts;
  await opts.database.db.transaction(async (tx) => {
    const certificationId = await findCertificationId(tx, code);
    const removed = await tx
      .delete(certificationManagers)
      .where(and(eq(certificationManagers.certificationId, certificationId), eq(certificationManagers.organisationId, organisationId)))
      .returning({ id: certificationManagers.organisationId });
    if (removed.length === 0) throw new AppError('NOT_FOUND', 'Cette organisation ne gère pas cette certification.');
    await recordAudit(tx, { actor, at: clock.now(), eventType: 'certification.manager_removed', entityType: 'certification', entityId: certificationId, details: { code, organisationId } });
  });
}
