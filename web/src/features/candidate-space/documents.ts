import { DOCUMENT_KIND_LABELS, DOCUMENT_MAX_BYTES, DOCUMENT_MIME_TYPES, type DocumentKind } from '../../../../common/candidates';
import type { PathwayState } from '../../../../common/pathway';
import type { PathwayDocument } from './types';

/** The kinds a candidate sends; the others (convocation, decision…) come from the professionals. */
export const CANDIDATE_DOCUMENT_KINDS: readonly DocumentKind[] = ['livret1', 'livret2', 'proof', 'other'];

/** Kinds of which only the latest version counts: uploading another one replaces it (as on the server). */
export const REPLACEABLE_KINDS: readonly DocumentKind[] = ['livret1', 'livret2'];

export function documentKindLabel(kind: DocumentKind): string {
  return DOCUMENT_KIND_LABELS[kind];
}

/** The kind the candidate most likely sends at this point of the pathway. */
export function suggestedDocumentKind(state: PathwayState): DocumentKind {
  if (state === 'information' || state === 'faisabilite_preparation' || state === 'non_recevable') return 'livret1';
  if (state === 'recevable' || state === 'validation_writing') return 'livret2';
  return 'proof';
}

/**
 * Why a chosen file would be refused, in French, or null when it may be sent. An unknown browser
 * type is let through: the server reads the bytes anyway.
 */
export function documentFileProblem(file: { size: number; type: string }): string | null {
  if (file.size === 0) return 'Le fichier est vide : choisissez-en un autre.';
  if (file.size > DOCUMENT_MAX_BYTES) {
    return 'Le fichier dépasse 20 Mo. Réduisez sa taille (par exemple en l’enregistrant à nouveau en PDF) puis réessayez.';
  }
  if (file.type !== '' && !(DOCUMENT_MIME_TYPES as readonly string[]).includes(file.type)) {
    return 'Ce type de fichier n’est pas accepté : envoyez un PDF ou une image (JPEG, PNG ou WebP).';
  }
  return null;
}

/** Current documents and replaced ones, each newest first. */
export function splitDocuments(documents: readonly PathwayDocument[]): { current: PathwayDocument[]; replaced: PathwayDocument[] } {
  const sorted = [...documents].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  return { current: sorted.filter((d) => d.replacedBy === null), replaced: sorted.filter((d) => d.replacedBy !== null) };
}
