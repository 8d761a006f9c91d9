import { ApiError, CSRF_HEADER_NAME, errorFromBody } from './client';

const NETWORK_ERROR_MESSAGE = 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.';

export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes to send (0 when unknown). */
  total: number;
}

export interface UploadRequestOptions {
  /** Called on each progress event of the upload (the browser sends several per second). */
  onProgress?: (progress: UploadProgress) => void;
  /** Aborting it aborts the request; the promise then rejects with a DOMException named AbortError. */
  signal?: AbortSignal;
}

function parseBody(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function abortError(): DOMException {
  return new DOMException('L’envoi a été annulé.', 'AbortError');
}

/**
 * POSTs one file as multipart/form-data, field `file` (apiFetch only speaks JSON). Through
 * XMLHttpRequest, whose `upload.onprogress` tells how much of a large file has been sent (fetch
 * does not). Headers: accept, the CSRF token; same-origin cookies; errors come back as ApiError,
 * like apiFetch's. The browser sets the multipart boundary itself.
 */
export function uploadFile<T>(path: string, file: File, csrfToken: string | null, options: UploadRequestOptions = {}): Promise<T> {
  const { onProgress, signal } = options;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    const onAbortSignal = () => xhr.abort();
    const done = () => signal?.removeEventListener('abort', onAbortSignal);

    xhr.open('POST', path);
    // Same-origin requests carry the session cookie; withCredentials only matters across origins.
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader(CSRF_HEADER_NAME, csrfToken);
    if (onProgress) {
      xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    }
    xhr.onload = () => {
      done();
      const body = parseBody(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(errorFromBody(xhr.status, body));
    };
    xhr.onerror = () => {
      done();
      reject(new ApiError(0, 'NETWORK_ERROR', NETWORK_ERROR_MESSAGE));
    };
    xhr.onabort = () => {
      done();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbortSignal);
    xhr.send(form);
  });
}
