import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { certificationEnrichments } from '../../../db/schema/certifications';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { ZCertificationEnrichmentSchema, type TCertificationEnrichment } from '../certifications.enrichment-schema';
import { canEditEnrichment } from './can-edit-enrichment';
import { findCertificationId } from './find-certification-id';

/**
 * Replaces the VAE enrichment of a record (the whole document: the form always sends it all).
 * The previous and new versions go into the audit event, written in the same transaction.
 */
export async function updateEnrichment(opts: { database: Database; clock: Clock; principal: Principal | null; code: string; input: TCertificationEnrichment }) {
  const { clock, principal, code, input } = opts;
  await opts.database.db.transaction(async (tx) => {
    const certificationId = await findCertificationId(tx, code);
    if (!(await canEditEnrichment({ exec: tx, principal, certificationId }))) {
      throw new AppError('FORBIDDEN', 'Seuls les agents d’un certificateur de cette certification peuvent modifier ses informations VAE.');
    }
    const [current] = await tx.select().from(certificationEnrichments).where(eq(certificationEnrichments.certificationId, certificationId));
    let before: TCertificationEnrichment | null = null;
    if (current) {
      const { certificationId: _id, updatedAt: _at, editedAt: _edited, ...stored } = current;
      before = ZCertificationEnrichmentSchema.parse(stored);
    }
    const now = clock.now();
    await tx
      .insert(certificationEnrichments)
      .values({ ...input, certificationId, updatedAt: now, editedAt: now })
      .onConflictDoUpdate({ target: certificationEnrichments.certificationId, set: { ...input, updatedAt: now, editedAt: now } });
    await recordAudit(tx, {
      actor: actorOf(principal),
      at: now,
      eventType: 'certification.enrichment_updated',
      entityType: 'certification',
      entityId: certificationId,
      details: { code, before, after: input },
    });
  });
}
