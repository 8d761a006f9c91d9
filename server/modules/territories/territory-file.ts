import { CsvReadError, decodeUtf8, firstNonUtf8Line, parseCsvLines, sniffDelimiter, type CsvLine } from '../../lib/csv-input';
import { AppError } from '../../lib/errors';

export const TERRITORY_KINDS = ['regions', 'departements'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** One line of a régions or départements file; `regionCode` only for départements. */
export interface TerritoryRow {
  line: number;
  code: string;
  name: string;
  regionCode: string | null;
}

interface Shape {
  code: string;
  name: string;
  region?: string;
  header: string;
}

/**
 * The two shapes a file may have: the one shipped in server/reference, and INSEE's Code officiel
 * géographique export as published (v_region_YYYY.csv, v_departement_YYYY.csv). Column names are
 * compared in lower case without accents.
 */
const SHAPES: Record<TerritoryKind, { shipped: Shape; insee: Shape }> = {
  regions: {
    shipped: { code: 'code', name: 'nom', header: 'code;nom' },
    insee: { code: 'reg', name: 'libelle', header: 'REG,CHEFLIEU,TNCC,NCC,NCCENR,LIBELLE' },
  },
  departements: {
    shipped: { code: 'code', name: 'nom', region: 'region', header: 'code;nom;region' },
    insee: { code: 'dep', name: 'libelle', region: 'reg', header: 'DEP,REG,CHEFLIEU,TNCC,NCC,NCCENR,LIBELLE' },
  },
};

const REGION_CODE = /^\d{2}$/;
const DEPARTEMENT_CODE = /^(\d{2}|2A|2B|97[1-6])$/;
const CODE_SHAPES: Record<TerritoryKind, { pattern: RegExp; expected: string }> = {
  regions: { pattern: REGION_CODE, expected: 'un code de région (deux chiffres, par exemple 28)' },
  departements: { pattern: DEPARTEMENT_CODE, expected: 'un code de département (deux chiffres, 2A, 2B, ou 971 à 976 outre-mer)' },
};
const NOUNS: Record<TerritoryKind, string> = { regions: 'région', departements: 'département' };

function refuse(message: string): AppError {
  return new AppError('VALIDATION_FAILED', message);
}

/** Strict UTF-8; a file saved in another encoding is refused with its first bad line. */
function decodeFile(fileName: string, content: Buffer): string {
  const text = decodeUtf8(content);
  if (text !== null) return text;
  const line = firstNonUtf8Line(content);
  const advice = 'enregistrez-le en UTF-8 puis recommencez.';
  throw refuse(line ? `${fileName}, ligne ${line} : le fichier n’est pas encodé en UTF-8 ; ${advice}` : `${fileName} n’est pas encodé en UTF-8 ; ${advice}`);
}

const columnKey = (name: string) => name.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

function pickShape(kind: TerritoryKind, fileName: string, header: string[]): Shape {
  const { shipped, insee } = SHAPES[kind];
  if (kind === 'regions' && (header.includes('dep') || header.includes('region'))) {
    throw refuse(`${fileName} : ce fichier décrit des départements (il a une colonne « ${header.includes('dep') ? 'DEP' : 'region'} ») ; importez-le comme departements.`);
  }
  const shape = header.includes(insee.code) || header.includes(insee.name) ? insee : shipped;
  for (const column of [shape.code, shape.name, shape.region]) {
    if (column && !header.includes(column)) {
      throw refuse(`${fileName}, ligne 1 : colonne « ${shape === insee ? column.toUpperCase() : column} » manquante (attendu : ${shipped.header}, ou l’export INSEE ${insee.header}).`);
    }
  }
  return shape;
}

/**
 * Reads a régions or départements file in either shape, `;` or `,` separated (told by the header),
 * UTF-8 with or without BOM. Every refusal names the file and the line; nothing here touches the
 * database (whether a département's région exists is the importer's check).
 */
export function parseTerritoryFile(opts: { kind: TerritoryKind; fileName: string; content: Buffer }): TerritoryRow[] {
  const { kind, fileName } = opts;
  const text = decodeFile(fileName, opts.content).replace(/^\uFEFF/, '');
  let records: CsvLine[];
  try {
    records = parseCsvLines(text, { delimiter: sniffDelimiter(text) });
  } catch (err) {
    if (!(err instanceof CsvReadError)) throw err;
    throw refuse(`${fileName}${err.line ? `, ligne ${err.line}` : ''} : CSV illisible (${err.message}).`);
  }
  const [head, ...body] = records;
  const noun = NOUNS[kind];
  if (!head || body.length === 0) throw refuse(`${fileName} ne contient aucun${kind === 'regions' ? 'e' : ''} ${noun}.`);
  const header = head.record.map(columnKey);
  const shape = pickShape(kind, fileName, header);
  const at = (record: string[], column: string) => record[header.indexOf(column)] ?? '';
  const { pattern, expected } = CODE_SHAPES[kind];
  const seen = new Map<string, number>();
  return body.map(({ record, line }) => {
    const where = `${fileName}, ligne ${line}`;
    const code = at(record, shape.code);
    const name = at(record, shape.name);
    if (!code) throw refuse(`${where} : code vide.`);
    if (!pattern.test(code)) throw refuse(`${where} : « ${code} » n’est pas ${expected}.`);
    const previous = seen.get(code);
    if (previous !== undefined) throw refuse(`${where} : le code ${code} apparaît deux fois (déjà ligne ${previous}).`);
    seen.set(code, line);
    if (!name) throw refuse(`${where} : nom vide pour le code ${code}.`);
    if (!shape.region) return { line, code, name, regionCode: null };
    const regionCode = at(record, shape.region);
    if (!regionCode) throw refuse(`${where} : région vide pour le département ${code}.`);
    if (!REGION_CODE.test(regionCode)) throw refuse(`${where} : « ${regionCode} » n’est pas ${CODE_SHAPES.regions.expected}.`);
    return { line, code, name, regionCode };
  });
}
