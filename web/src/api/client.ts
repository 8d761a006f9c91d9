/**
 * The one way the web app talks to the server: `apiFetch<T>()` sends JSON with the session
 * cookie and the CSRF token, and turns every failure into an `ApiError` carrying the server's
 * French message and per-field messages.
 */

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface ApiFetchOptions {
  method?: HttpMethod;
  body?: unknown;
  /** Query parameters; empty strings, null and undefined are left out. */
  query?: Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}, details: unknown = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}

export const CSRF_COOKIE_NAME = 'jalon_csrf';
export const CSRF_HEADER_NAME = 'x-csrf-token';

const NETWORK_ERROR_MESSAGE = 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.';
const UNEXPECTED_ERROR_MESSAGE = 'Une erreur inattendue est survenue. Réessayez dans quelques instants.';

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<(error: ApiError) => void>();

/** Keeps the CSRF token returned by login, me or magic-link consume (null on logout). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Reads a cookie value from a `document.cookie` string. */
export function readCookie(cookieHeader: string, name: string): string | null {
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) {
      const raw = part.slice(separator + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return null;
}

function currentCsrfToken(): string | null {
  if (csrfToken) return csrfToken;
  if (typeof document === 'undefined') return null;
  return readCookie(document.cookie, CSRF_COOKIE_NAME);
}

/**
 * Called when a request outside `/api/auth/` answers 401: the session has ended.
 * Returns an unsubscribe function.
 */
export function onUnauthorized(listener: (error: ApiError) => void): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

export function buildUrl(path: string, query?: ApiFetchOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFields(details: unknown): Record<string, string> {
  if (!isRecord(details) || !isRecord(details.fields)) return {};
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(details.fields)) {
    if (typeof message === 'string') fields[name] = message;
  }
  return fields;
}

/** Builds the ApiError of a failed response from its (possibly non-JSON) body. */
export function errorFromBody(status: number, body: unknown): ApiError {
  if (isRecord(body) && isRecord(body.error)) {
    const { code, message, details } = body.error;
    return new ApiError(
      status,
      typeof code === 'string' ? code : 'UNKNOWN',
      typeof message === 'string' && message !== '' ? message : UNEXPECTED_ERROR_MESSAGE,
      readFields(details),
      details ?? null,
    );
  }
  return new ApiError(status, status >= 500 ? 'INTERNAL' : 'UNKNOWN', UNEXPECTED_ERROR_MESSAGE);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = currentCsrfToken();
    if (token) headers[CSRF_HEADER_NAME] = token;
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', NETWORK_ERROR_MESSAGE);
  }

  const body = await readJson(response);
  if (!response.ok) {
    const error = errorFromBody(response.status, body);
    if (response.status === 401 && !path.startsWith('/api/auth/')) {
      for (const listener of unauthorizedListeners) listener(error);
    }
    throw error;
  }
  return body as T;
}

/** True when the error comes from an aborted request (component unmounted, filters changed). */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Normalises anything thrown into an ApiError carrying a French message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'UNKNOWN', UNEXPECTED_ERROR_MESSAGE);
}
