import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { certificationManagers, organisations } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Actor } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { findCertificationId } from './find-certification-id';
import { listCertificationManagers } from './list-certification-managers';

/** Lets a certificateur organisation's agents edit this record's VAE enrichment. */
export async function addCertificationManager(opts: { database: Database; clock: Clock; actor: Actor; code: string; organisationId: string }) {
  const { clock, actor, code, organisationId } = opts;
  return opts.database.db.transaction(async (tx) => {
    const certificationId = await findCertificationId(tx, code);
    const [organisation] = await tx.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, organisationId));
    if (!organisation) throw new AppError('NOT_FOUND', 'Organisation introuvable.');
    if (organisation.kind !== 'certificateur') {
      throw new AppError('CONFLICT', 'Seule une organisation de nature « Certificateur » peut gérer une certification.');
    }
    const now = clock.now();
    const inserted = await tx
      .insert(certificationManagers)
      .values({ certificationId, organisationId, createdAt: now, createdBy: actor.userId })
      .onConflictDoNothing()
      .returning({ id: certificationManagers.organisationId });
    if (inserted.length === 0) throw new AppError('CONFLICT', 'Cette organisation gère déjà cette certification.');
    await recordAudit(tx, { actor, at: now, eventType: 'certification.manager_added', entityType: 'certification', entityId: certificationId, details: { code, organisationId } });
    return listCertificationManagers({ exec: tx, code });
  });
}
