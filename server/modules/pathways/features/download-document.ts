import { eq } from 'drizzle-orm';
import { DOCUMENT_KIND_LABELS } from '../../../../common/candidates';
import type { Database } from '../../../db/client';
import { documents } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { assertAccessToPart } from '../../sharing/sharing.policy';
import { loadShareFacts } from '../../sharing/sharing.store';
import { loadPathway } from '../pathways.store';

/**
 * A document of a pathway, to the candidate, to the organisations whose role needs it and to those
 * the candidate shared their documents with (sharing.policy.ts). Every download is audited; a
 * professional's is a line of the candidate's access log.
 */
export async function downloadDocument(opts: { database: Database; clock: Clock; principal: Principal; id: string }) {
  return opts.database.db.transaction(async (tx) => {
    const [doc] = await tx.select().from(documents).where(eq(documents.id, opts.id));
    if (!doc) throw new AppError('NOT_FOUND', 'Document introuvable.');
    const loaded = await loadPathway(tx, doc.pathwayId);
    const access = assertAccessToPart(opts.principal, await loadShareFacts(tx, doc.pathwayId, loaded.access), 'documents', { documentKind: doc.kind, ownerOrganisationId: doc.uploadedByOrganisationId });
    const read = access.via === 'candidate' ? {} : { part: 'documents', via: access.via, label: `${DOCUMENT_KIND_LABELS[doc.kind]} — ${doc.originalName}` };
    await recordAudit(tx, { actor: actorOf(opts.principal, access.organisationId), at: opts.clock.now(), eventType: 'document.downloaded', entityType: 'pathway', entityId: doc.pathwayId, details: { documentId: doc.id, kind: doc.kind, ...read } });
    return { originalName: doc.originalName, mimeType: doc.mimeType, content: Buffer.from(doc.content) };
  });
}
