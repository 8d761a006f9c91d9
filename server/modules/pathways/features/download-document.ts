import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { documents } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { assertCanOnPathway } from '../pathways.policy';
import { loadPathway } from '../pathways.store';

/** A document of a pathway, to those who may see the pathway; every download is audited. */
export async function downloadDocument(opts: { database: Database; clock: Clock; principal: Principal; id: string }) {
  return opts.database.db.transaction(async (tx) => {
    const [doc] = await tx.select().from(documents).where(eq(documents.id, opts.id));
    if (!doc) throw new AppError('NOT_FOUND', 'Document introuvable.');
    const loaded = await loadPathway(tx, doc.pathwayId);
    assertCanOnPathway(opts.principal, loaded.access, 'view');
    await recordAudit(tx, { actor: actorOf(opts.principal), at: opts.clock.now(), eventType: 'document.downloaded', entityType: 'pathway', entityId: doc.pathwayId, details: { documentId: doc.id, kind: doc.kind } });
    return { originalName: doc.originalName, mimeType: doc.mimeType, content: Buffer.from(doc.content) };
  });
}
