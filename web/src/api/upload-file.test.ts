import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './client';
import { uploadFile } from './upload-file';

/** A stand-in for the browser's XMLHttpRequest: records what is sent, answers when told to. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  aborted = false;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, text: string) {
    this.status = status;
    this.responseText = text;
    this.onload?.();
  }
}

const xhr = (): FakeXhr => {
  if (!FakeXhr.last) throw new Error('no request sent');
  return FakeXhr.last;
};
const file = () => new File(['<fiches/>'], 'export.xml', { type: 'text/xml' });

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = null;
});

describe('uploadFile', () => {
  it('POSTs the file as the multipart field `file` with the CSRF header, reports progress and resolves with the JSON body', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const seen: { loaded: number; total: number }[] = [];
    const promise = uploadFile<{ id: string }>('/api/x', file(), 'jeton', { onProgress: (p) => seen.push(p) });
    expect(xhr().method).toBe('POST');
    expect(xhr().url).toBe('/api/x');
    expect(xhr().headers).toEqual({ accept: 'application/json', 'x-csrf-token': 'jeton' });
    const sent = xhr().body as FormData;
    expect((sent.get('file') as File).name).toBe('export.xml');
    xhr().upload.onprogress?.({ loaded: 4, total: 9, lengthComputable: true });
    // Without a known length, the file's size is the total.
    xhr().upload.onprogress?.({ loaded: 5, total: 0, lengthComputable: false });
    expect(seen).toEqual([
      { loaded: 4, total: 9 },
      { loaded: 5, total: 9 },
    ]);
    xhr().answer(202, '{"id":"abc"}');
    await expect(promise).resolves.toEqual({ id: 'abc' });
  });

  it('sends no CSRF header without a token', () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    void uploadFile('/api/x', file(), null).catch(() => undefined);
    expect(xhr().headers).toEqual({ accept: 'application/json' });
  });

  it('rejects with the server’s ApiError, or a generic one for a body that is not JSON', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const refused = uploadFile('/api/x', file(), 't');
    xhr().answer(400, JSON.stringify({ error: { code: 'IMPORT_FILE_UNSUPPORTED', message: 'Ce fichier n’est pas un export.' } }));
    await expect(refused).rejects.toMatchObject({ status: 400, code: 'IMPORT_FILE_UNSUPPORTED', message: 'Ce fichier n’est pas un export.' });

    const broken = uploadFile('/api/x', file(), 't');
    xhr().answer(502, '<html>Bad gateway</html>');
    await expect(broken).rejects.toMatchObject({ status: 502, code: 'INTERNAL' });
  });

  it('rejects with NETWORK_ERROR when the server cannot be reached', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const promise = uploadFile('/api/x', file(), 't');
    xhr().onerror?.();
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('aborts the request when the signal is aborted, rejecting with an AbortError', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const controller = new AbortController();
    const promise = uploadFile('/api/x', file(), 't', { signal: controller.signal });
    controller.abort();
    expect(xhr().aborted).toBe(true);
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });
});
