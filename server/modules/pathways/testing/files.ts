import { randomBytes } from 'node:crypto';

/** A minimal but well-formed PDF, enough for content detection. */
export function pdfBytes(text = 'Livret'): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/** The PNG signature and an IHDR chunk: what detectors read. */
export function pngBytes(): Buffer {
  return Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082', 'hex');
}

/** A multipart/form-data body with one `file` part, as a browser form sends it. */
export function multipart(filename: string, content: Buffer, contentType = 'application/pdf'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----jalon${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
