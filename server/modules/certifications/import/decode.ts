import { ImportFileError } from './import-errors';

/**
 * Turns a byte stream into text chunks with a strict decoder: an export saved in the wrong
 * encoding must stop the import with the line where it goes wrong, not store mojibake.
 */
export async function* decodeStrict(
  source: AsyncIterable<Uint8Array>,
  options: { file: string; encoding: string; onBytes?: (n: number) => void },
): AsyncGenerator<string> {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(options.encoding, { fatal: true });
  } catch {
    throw new ImportFileError('INVALID_ENCODING', options.file, `${options.file} : encodage « ${options.encoding} » non pris en charge (UTF-8 attendu).`);
  }
  const encodingName = decoder.encoding.toUpperCase();
  let line = 1;
  for await (const chunk of source) {
    options.onBytes?.(chunk.byteLength);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const lenient = new TextDecoder(options.encoding).decode(chunk);
      const bad = lenient.indexOf('\uFFFD');
      const at = line + countNewlines(lenient.slice(0, bad < 0 ? lenient.length : bad));
      throw new ImportFileError(
        'INVALID_ENCODING',
        options.file,
        `${options.file}, ligne ${at} : caractères invalides pour l'encodage ${encodingName} ; le fichier doit être enregistré en ${encodingName} (export France Compétences d'origine).`,
        at,
      );
    }
    line += countNewlines(text);
    if (text !== '') yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } catch {
    throw new ImportFileError('INVALID_ENCODING', options.file, `${options.file}, ligne ${line} : le fichier se termine au milieu d'un caractère ${encodingName} (fichier tronqué ?).`, line);
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Reads the BOM and the XML declaration of the first bytes to choose the decoder. */
export function sniffXmlEncoding(head: Uint8Array, file: string): { encoding: string; skip: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new ImportFileError('INVALID_ENCODING', file, `${file} : fichier en UTF-16, non pris en charge ; réenregistrez-le en UTF-8.`, 1);
  }
  const ascii = Buffer.from(head.subarray(0, 200)).toString('latin1');
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(ascii)?.[1];
  return { encoding: declared ? declared.toLowerCase() : 'utf-8', skip: 0 };
}
