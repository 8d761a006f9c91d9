import { createHash, randomUUID } from 'node:crypto';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { DOCUMENT_MAX_BYTES, DOCUMENT_MIME_TYPES, type DocumentKind } from '../../../../common/candidates';
import type { Database } from '../../../db/client';
import { documents, pathways } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { actingActors, assertCanOnPathway, isCandidateOf } from '../pathways.policy';
import { presentDocument } from '../pathways.presenter';
import type { TDocument } from '../pathways.schema';
import { loadPathway } from '../pathways.store';

/** Kinds of which only the latest version counts: a new upload replaces the previous one. */
const VERSIONED: readonly DocumentKind[] = ['livret1', 'livret2'];

export interface UploadedFile {
  filename: string;
  content: Buffer;
}

/** The type is what the bytes say, never what the name or the browser claims. */
export async function detectDocumentType(content: Buffer): Promise<string> {
  if (content.length === 0) throw new AppError('FILE_TYPE_NOT_ALLOWED', 'Le fichier est vide.');
  if (content.length > DOCUMENT_MAX_BYTES) throw new AppError('FILE_TOO_LARGE');
  const detected = await fileTypeFromBuffer(content);
  const mime = detected?.mime;
  if (!mime || !(DOCUMENT_MIME_TYPES as readonly string[]).includes(mime)) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', undefined, { detected: mime ?? null });
  }
  return mime;
}

function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'document').slice(0, 200);
}

/** Authorizes first, then reads the file (so a stranger's upload is refused before it is read), then stores it. */
export async function uploadDocument(opts: { database: Database; clock: Clock; principal: Principal; id: string; kind: DocumentKind; readFile: () => Promise<UploadedFile> }): Promise<TDocument> {
  const { principal } = opts;
  const before = await loadPathway(opts.database.db, opts.id);
  assertCanOnPathway(principal, before.access, 'upload_document');
  const file = await opts.readFile();
  const mimeType = await detectDocumentType(file.content);
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  return opts.database.db.transaction(async (tx) => {
    const loaded = await loadPathway(tx, opts.id, { forUpdate: true });
    assertCanOnPathway(principal, loaded.access, 'upload_document');
    const now = opts.clock.now();
    const userId = principal.type === 'user' ? principal.user.id : null;
    const organisationId = isCandidateOf(principal, loaded.access) ? null : (actingActors(principal, loaded.access)[0]?.organisationId ?? null);
    const [row] = await tx
      .insert(documents)
      .values({ pathwayId: opts.id, kind: opts.kind, storageName: `${randomUUID()}`, originalName: cleanName(file.filename), mimeType, sizeBytes: file.content.length, sha256, content: file.content, uploadedBy: userId, uploadedByOrganisationId: organisationId, uploadedAt: now })
      .returning();
    if (!row) throw new Error('document insert returned nothing');
    if (VERSIONED.includes(opts.kind)) {
      await tx
        .update(documents)
        .set({ replacedBy: row.id })
        .where(and(eq(documents.pathwayId, opts.id), eq(documents.kind, opts.kind), isNull(documents.replacedBy), ne(documents.id, row.id)));
    }
    await tx.update(pathways).set({ updatedAt: now }).where(eq(pathways.id, opts.id));
    await recordAudit(tx, { actor: { userId, organisationId }, at: now, eventType: 'document.uploaded', entityType: 'pathway', entityId: opts.id, details: { documentId: row.id, kind: opts.kind, mimeType, sizeBytes: row.sizeBytes, sha256 } });
    return presentDocument(row);
  });
}
