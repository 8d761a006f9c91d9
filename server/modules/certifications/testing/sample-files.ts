import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import type { Entry } from 'yauzl';
import yazl from 'yazl';

/** Sample exports and helpers to derive bad files from them, for the certification tests. */
export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const RNCP_XML = path.join(FIXTURES, 'export_fiches_RNCP_fixture.xml');
export const RS_XML = path.join(FIXTURES, 'export_fiches_RS_fixture.xml');
export const CSV_ZIP = path.join(FIXTURES, 'export-fiches-csv-2024-02-22.zip');

export interface ZipEntryContent {
  name: string;
  content: Buffer;
}

export function makeTempDir(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'jalon-certifications-'));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function readZipEntries(zipPath: string): Promise<ZipEntryContent[]> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, decodeStrings: false, autoClose: false });
  const entries: Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  const out: ZipEntryContent[] = [];
  for (const e of entries) {
    const stream = await zip.openReadStreamPromise(e);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    out.push({ name: (e.fileName as unknown as Buffer).toString('utf8'), content: Buffer.concat(chunks) });
  }
  zip.close();
  return out;
}

export async function writeZip(zipPath: string, entries: ZipEntryContent[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.content, e.name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  writeFileSync(zipPath, Buffer.concat(chunks));
}

/** Rewrites the CSV entry whose name contains `part` with `edit(text)`; other entries unchanged. */
export async function zipWithEditedEntry(target: string, part: string, edit: (text: string) => string): Promise<void> {
  const entries = await readZipEntries(CSV_ZIP);
  const found = entries.find((e) => e.name.includes(part));
  if (!found) throw new Error(`no entry ${part}`);
  found.content = Buffer.from(edit(found.content.toString('utf8')), 'utf8');
  await writeZip(target, entries);
}

export function readSample(file: string): string {
  return readFileSync(file, 'utf8');
}

/** A complete export made of the FICHE elements of a sample that `pick` keeps (or rewrites). */
export function xmlWithFiches(file: string, pick: (fiches: string[]) => string[]): string {
  const text = readSample(file);
  const fiches = text.match(/<FICHE>[\s\S]*?<\/FICHE>/g) ?? [];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<FICHES>\n  <VERSION_FLUX>4.1</VERSION_FLUX>\n  ${pick(fiches).join('\n  ')}\n</FICHES>\n`;
}
