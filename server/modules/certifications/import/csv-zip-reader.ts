import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { decodeStrict } from './decode';
import { describeError, ImportFileError } from './import-errors';
import { normalizeKey } from './text';

/** The CSV files of the France Compétences zip export, found by the start of their name. */
export const CSV_ENTRIES = {
  standard: {
    prefix: 'standard',
    label: 'Standard',
    columns: [
      'Id_Fiche', 'Numero_Fiche', 'Intitule', 'Abrege_Libelle', 'Abrege_Intitule', 'Nomenclature_Europe_Niveau',
      'Nomenclature_Europe_Intitule', 'Accessible_Nouvelle_Caledonie', 'Accessible_Polynesie_Francaise', 'Date_dernier_jo',
      'Date_Decision', 'Date_Fin_Enregistrement', 'Date_Effet', 'Type_Enregistrement', 'Validation_Partielle', 'Actif',
    ],
  },
  blocs: { prefix: 'blocs_de_comp', label: 'Blocs_De_Compétences', columns: ['Numero_Fiche', 'Bloc_Competences_Code', 'Bloc_Competences_Libelle'] },
  rome: { prefix: 'rome', label: 'Rome', columns: ['Numero_Fiche', 'Codes_Rome_Code', 'Codes_Rome_Libelle'] },
  nsf: { prefix: 'nsf', label: 'Nsf', columns: ['Numero_Fiche', 'Nsf_Code', 'Nsf_Intitule'] },
  formacode: { prefix: 'formacode', label: 'Formacode', columns: ['Numero_Fiche', 'Formacode_Code', 'Formacode_Libelle'] },
  certificateurs: { prefix: 'certificateurs', label: 'Certificateurs', columns: ['Numero_Fiche', 'Siret_Certificateur', 'Nom_Certificateur'] },
  partenaires: {
    prefix: 'partenaires',
    label: 'Partenaires',
    columns: ['Numero_Fiche', 'Nom_Partenaire', 'Siret_Partenaire', 'Habilitation_Partenaire'],
  },
  ccn: {
    prefix: 'ccn',
    label: 'CCN',
    columns: ['Numero_Fiche', 'Ccn_1_Numero', 'Ccn_1_Libelle', 'Ccn_2_Numero', 'Ccn_2_Libelle', 'Ccn_3_Numero', 'Ccn_3_Libelle'],
  },
  links: { prefix: 'ancienne_nouvelle', label: 'Ancienne_Nouvelle_Certification', columns: ['Numero_Fiche', 'Ancienne_Certification', 'Nouvelle_Certification'] },
  routes: { prefix: 'voixdacc', label: 'VoixdAccès', columns: ['Numero_Fiche', 'Si_Jury'] },
} as const;

export type CsvEntryKind = keyof typeof CSV_ENTRIES;
export interface CsvRow {
  values: Record<string, string>;
  line: number;
}

export interface OpenedCsvZip {
  zip: ZipFile;
  entries: Map<CsvEntryKind, Entry>;
  close(): void;
}

/**
 * Opens the zip and finds its CSV entries. The export stores accented names (`Compétences`) in
 * UTF-8 without the zip UTF-8 flag, so names are read raw and matched on an ASCII prefix.
 */
export async function openCsvZip(path: string, file: string): Promise<OpenedCsvZip> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, decodeStrings: false, autoClose: false });
  } catch (err) {
    throw new ImportFileError(
      'TRUNCATED_ZIP',
      file,
      `${file} : archive ZIP illisible ou tronquée (${describeError(err)}). Téléchargez de nouveau l'export.`,
    );
  }
  const entries = new Map<CsvEntryKind, Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      const name = decodeEntryName(entry);
      const key = normalizeKey(name.split('/').pop() ?? name).replace(/^export_fiches_csv_/, '');
      for (const [kind, spec] of Object.entries(CSV_ENTRIES) as [CsvEntryKind, (typeof CSV_ENTRIES)[CsvEntryKind]][]) {
        if (key.startsWith(spec.prefix) && !entries.has(kind)) entries.set(kind, entry);
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', (err: unknown) =>
      reject(new ImportFileError('TRUNCATED_ZIP', file, `${file} : répertoire de l'archive ZIP illisible (${describeError(err)}).`)),
    );
    zip.readEntry();
  });
  const missing = (Object.keys(CSV_ENTRIES) as CsvEntryKind[]).filter((k) => !entries.has(k));
  if (missing.length > 0) {
    zip.close();
    throw new ImportFileError(
      'MISSING_CSV_ENTRY',
      file,
      `${file} : fichier(s) CSV absent(s) de l'archive : ${missing.map((k) => CSV_ENTRIES[k].label).join(', ')}.`,
    );
  }
  return { zip, entries, close: () => zip.close() };
}

function decodeEntryName(entry: Entry): string {
  const raw: unknown = entry.fileName;
  if (typeof raw === 'string') return raw;
  const bytes = raw as Buffer;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** Streams the rows of one CSV entry as objects keyed by the expected column names. */
export async function* readCsvEntry(
  opened: OpenedCsvZip,
  kind: CsvEntryKind,
  options: { file: string; onBytes?: (n: number) => void },
): AsyncGenerator<CsvRow> {
  const spec = CSV_ENTRIES[kind];
  const entry = opened.entries.get(kind)!;
  const where = `${options.file} › ${spec.label}`;
  let stream: Readable;
  try {
    stream = await opened.zip.openReadStreamPromise(entry);
  } catch (err) {
    throw new ImportFileError('TRUNCATED_ZIP', options.file, `${where} : entrée illisible dans l'archive (${describeError(err)}).`);
  }
  // Bytes are counted compressed so progress sums to the zip's size.
  const ratio = entry.uncompressedSize > 0 ? entry.compressedSize / entry.uncompressedSize : 1;
  const text = Readable.from(
    decodeStrict(stream, { file: where, encoding: 'utf-8', onBytes: (n) => options.onBytes?.(Math.round(n * ratio)) }),
  );
  const parser = text.pipe(parse({ delimiter: ';', bom: true, info: true, relax_quotes: true, skip_empty_lines: true }));
  text.on('error', (err) => parser.destroy(err));
  let indexes: number[] | null = null;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = item;
      if (indexes == null) {
        const header = record.map(normalizeKey);
        const missingColumns = spec.columns.filter((c) => !header.includes(normalizeKey(c)));
        if (missingColumns.length > 0) {
          throw new ImportFileError('MISSING_CSV_COLUMN', options.file, `${where}, ligne 1 : colonne(s) manquante(s) : ${missingColumns.join(', ')}.`, 1);
        }
        indexes = spec.columns.map((c) => header.indexOf(normalizeKey(c)));
        continue;
      }
      const values: Record<string, string> = {};
      spec.columns.forEach((c, i) => {
        values[c] = record[indexes![i]!] ?? '';
      });
      yield { values, line: info.lines };
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    if (err instanceof CsvError) {
      const line = typeof err.lines === 'number' ? err.lines : null;
      throw new ImportFileError('MALFORMED_CSV', options.file, `${where}${line ? `, ligne ${line}` : ''} : CSV mal formé (${err.message}).`, line);
    }
    throw new ImportFileError('TRUNCATED_ZIP', options.file, `${where} : lecture interrompue (${describeError(err)}).`);
  }
  if (indexes == null) {
    throw new ImportFileError('MISSING_CSV_COLUMN', options.file, `${where} : fichier vide, ligne d'en-tête absente.`, 1);
  }
}
