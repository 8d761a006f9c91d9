import type { DocumentKind } from '../../../../common/candidates';
import { uploadFile } from '../../api/upload-file';
import type { PathwayDocument } from './types';

/** Uploads one document of a pathway (PDF or image; the server checks the content). */
export function uploadDocument(pathwayId: string, kind: DocumentKind, file: File, csrfToken: string | null): Promise<PathwayDocument> {
  return uploadFile<PathwayDocument>(`/api/pathways/${encodeURIComponent(pathwayId)}/documents?kind=${encodeURIComponent(kind)}`, file, csrfToken);
}
