import { SaxesParser } from 'saxes';
import { decodeStrict, sniffXmlEncoding } from './decode';
import { ImportFileError } from './import-errors';

/** A small element tree: one FICHE at a time is held in memory, never the document. */
export interface XmlNode {
  name: string;
  text: string;
  children: XmlNode[];
  line: number;
}

export type XmlEvent = { type: 'version'; version: string } | { type: 'fiche'; node: XmlNode };

const ROOT = 'FICHES';
const RECORD = 'FICHE';

/**
 * Streams an export `<FICHES><FICHE>…</FICHE>…</FICHES>` and yields each FICHE as a tree once it
 * is closed. The consumer pulls: the file stream is not read further until it asks for the next
 * record, so memory stays bounded by the largest fiche whatever the size of the file.
 */
export async function* readXmlFiches(
  source: AsyncIterable<Uint8Array>,
  options: { file: string; onBytes?: (n: number) => void },
): AsyncGenerator<XmlEvent> {
  const { file } = options;
  const parser = new SaxesParser({ position: true, fileName: file });
  const ready: XmlEvent[] = [];
  const stack: XmlNode[] = [];
  let depth = 0;
  let sawRoot = false;
  let inVersion = false;
  let versionText = '';

  parser.on('error', (err) => {
    // saxes prefixes its messages with "file:line:column: "; keep its reason, say it in French.
    const reason = err.message.replace(/^.*?:\d+:\d+:\s*/, '');
    throw new ImportFileError(
      'MALFORMED_XML',
      file,
      `${file}, ligne ${parser.line}, colonne ${parser.column + 1} : XML mal formé (${reason}).`,
      parser.line,
    );
  });
  parser.on('opentag', (tag) => {
    depth++;
    if (depth === 1) {
      if (tag.name !== ROOT) {
        throw new ImportFileError(
          'FOREIGN_XML',
          file,
          `${file}, ligne ${parser.line} : ce n'est pas un export de fiches France Compétences (élément racine <${tag.name}>, <${ROOT}> attendu).`,
          parser.line,
        );
      }
      sawRoot = true;
      return;
    }
    if (depth === 2 && tag.name === 'VERSION_FLUX') inVersion = true;
    if (stack.length > 0 || (depth === 2 && tag.name === RECORD)) {
      const node: XmlNode = { name: tag.name, text: '', children: [], line: parser.line };
      stack.at(-1)?.children.push(node);
      stack.push(node);
    }
  });
  const onText = (text: string) => {
    if (inVersion) versionText += text;
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    depth--;
    if (inVersion && depth === 1) {
      inVersion = false;
      ready.push({ type: 'version', version: versionText.trim() });
    }
    const node = stack.pop();
    if (node && stack.length === 0) ready.push({ type: 'fiche', node });
  });

  let head = true;
  async function* bytes(): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) yield chunk;
  }
  const iterator = bytes();
  const first = await iterator.next();
  if (first.done) throw new ImportFileError('MALFORMED_XML', file, `${file} : le fichier est vide.`, null);
  const firstChunk: Uint8Array = first.value;
  const { encoding, skip } = sniffXmlEncoding(firstChunk, file);
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield firstChunk.subarray(skip);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }

  for await (const text of decodeStrict(rest(), { file, encoding, onBytes: options.onBytes })) {
    if (head) {
      head = false;
      // A file that does not start like XML is not worth a parser error about column 1.
      if (!/^\s*</.test(text)) {
        throw new ImportFileError('FOREIGN_XML', file, `${file}, ligne 1 : le fichier ne commence pas par une balise XML.`, 1);
      }
    }
    parser.write(text);
    while (ready.length > 0) yield ready.shift()!;
  }
  try {
    parser.close();
  } catch (err) {
    if (err instanceof ImportFileError && err.code === 'MALFORMED_XML') {
      throw new ImportFileError(
        'MALFORMED_XML',
        file,
        `${file}, ligne ${parser.line} : le fichier XML s'arrête avant sa fin (tronqué ?) : ${stack.length > 0 ? `fiche ouverte ligne ${stack[0]?.line} non fermée` : `balise <${ROOT}> non fermée`}.`,
        parser.line,
      );
    }
    throw err;
  }
  while (ready.length > 0) yield ready.shift()!;
  if (!sawRoot) throw new ImportFileError('FOREIGN_XML', file, `${file} : aucun élément <${ROOT}> trouvé.`, null);
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function childrenNamed(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** Text of a direct child, or null when the child is missing. */
export function textOf(node: XmlNode | undefined, name: string): string | null {
  if (!node) return null;
  const c = child(node, name);
  return c ? c.text : null;
}
