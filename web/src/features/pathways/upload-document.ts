import { ApiError, CSRF_HEADER_NAME, errorFromBody } from '../../api/client';
import type { DocumentKind } from '../../../../common/candidates';
import type { PathwayDocument } from './types';

/**
 * Sends a document as multipart/form-data (apiFetch only speaks JSON). The browser sets the
 * multipart boundary itself, so no content-type header is given.
 */
export async function uploadDocument(pathwayId: string, kind: DocumentKind, file: File, csrfToken: string | null): Promise<PathwayDocument> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/pathways/${encodeURIComponent(pathwayId)}/documents?kind=${encodeURIComponent(kind)}`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(csrfToken ? { [CSRF_HEADER_NAME]: csrfToken } : {}) },
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.');
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    body = null;
  }
  if (!response.ok) throw errorFromBody(response.status, body);
  return body as PathwayDocument;
}
