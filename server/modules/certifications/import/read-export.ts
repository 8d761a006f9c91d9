import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { readCsvZipFiches } from './csv-fiches';
import { describeError, ImportFileError } from './import-errors';
import type { ParsedItem } from './types';
import { mapXmlFiche } from './xml-fiche';
import { readXmlFiches } from './xml-reader';

export type ExportFormat = 'xml' | 'csv-zip';
export type ExportEvent =
  | { type: 'format'; format: ExportFormat; version: string | null; totalBytes: number }
  /** `hash` and `body`: contentHash and searchBody of the record, when the reader computed them (readExportInWorker). */
  | { type: 'item'; item: ParsedItem; hash?: string; body?: string }
  | { type: 'warning'; code: string; reason: string };

/**
 * Reads any France Compétences export, whatever its format: the first bytes decide (a zip starts
 * with `PK`, XML with `<`), not the file name. Records come one at a time, as the file is read.
 */
export async function* readExport(
  filePath: string,
  options: { today: string; onBytes?: (n: number) => void },
): AsyncGenerator<ExportEvent> {
  const file = path.basename(filePath);
  const format = await detectFormat(filePath, file);
  const totalBytes = (await stat(filePath)).size;
  if (format === 'csv-zip') {
    yield { type: 'format', format, version: null, totalBytes };
    yield* readCsvZipFiches(filePath, { file, today: options.today, onBytes: options.onBytes });
    return;
  }
  let announced = false;
  const stream = createReadStream(filePath, { highWaterMark: 256 * 1024 });
  try {
    for await (const event of readXmlFiches(stream, { file, onBytes: options.onBytes })) {
      if (event.type === 'version') {
        announced = true;
        yield { type: 'format', format, version: event.version, totalBytes };
        continue;
      }
      if (!announced) {
        announced = true;
        // V2 files have no VERSION_FLUX element before the first fiche.
        yield { type: 'format', format, version: null, totalBytes };
      }
      yield { type: 'item', item: mapXmlFiche(event.node, file, options.today) };
    }
  } finally {
    stream.destroy();
  }
  if (!announced) yield { type: 'format', format, version: null, totalBytes };
}

export async function detectFormat(filePath: string, file: string): Promise<ExportFormat> {
  let head: Buffer;
  try {
    const handle = await open(filePath, 'r');
    try {
      const buffer = Buffer.alloc(512);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new ImportFileError('UNREADABLE_FILE', file, `${file} : fichier illisible (${describeError(err)}).`);
  }
  if (head.length === 0) throw new ImportFileError('UNKNOWN_FORMAT', file, `${file} : le fichier est vide.`);
  if (head[0] === 0x50 && head[1] === 0x4b) return 'csv-zip';
  let start = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'xml';
  const text = head.subarray(start).toString('latin1').trimStart();
  if (text.startsWith('<')) return 'xml';
  throw new ImportFileError(
    'UNKNOWN_FORMAT',
    file,
    `${file} : format non reconnu ; un export France Compétences en XML ou l'archive ZIP des CSV est attendu.`,
  );
}
