import { ApiError, CSRF_HEADER_NAME, errorFromBody } from './client';

/**
 * POSTs one file as multipart/form-data, field `file` (apiFetch only speaks JSON). The browser sets
 * the multipart boundary itself, so no content-type header is given. Errors come back as ApiError,
 * like apiFetch's.
 */
export async function uploadFile<T>(path: string, file: File, csrfToken: string | null): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, {
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
  return body as T;
}
