import type { CodeSystem } from '../../../db/schema/certifications';
import type { ExportFormat } from './read-export';

/**
 * What an export format leaves out of a fiche. When such a file updates a record, these columns
 * keep what the database holds: a CSV zip imported after an XML export must not blank the long
 * texts, competences and statistics the XML brought and the CSV never carries.
 */
export interface NotCarried {
  /** Columns of `certifications`. */
  certifications: ReadonlySet<string>;
  /** Columns of `certification_blocs`. */
  blocs: ReadonlySet<string>;
  /**
   * Code systems the format may leave out: a fiche that lists no code of such a system keeps the
   * ones stored (e.g. the IDCC codes of a CSV zip's CCN file, under an XML export without them).
   */
  codeSystems: ReadonlySet<CodeSystem>;
}

export const CARRIES_ALL: NotCarried = { certifications: new Set(), blocs: new Set(), codeSystems: new Set() };

// The XML samples carry no IDCC element; when an export does (CODES_IDCC), its codes replace the stored ones.
const XML: NotCarried = { ...CARRIES_ALL, codeSystems: new Set(['idcc']) };

// The CSV export's files (Standard, Blocs_De_Compétences, …; ../shared/data/rncp/SOURCES.md) have
// no column for these; csv-fiches.ts leaves them null or empty.
const CSV_ZIP: NotCarried = {
  certifications: new Set([
    'state',
    'delivery_limit_date',
    'publication_date',
    'registration_duration_years',
    'activities',
    'capacities',
    'sectors',
    'jobs',
    'entry_prerequisites',
    'validation_prerequisites',
    'objectives_context',
    'regulated_activities',
    'skill_level',
    'description_url',
    'statistics',
    'publications',
    'bloc_correspondences',
    'level_promotion_years',
  ]),
  blocs: new Set(['competences', 'evaluation_methods']),
  codeSystems: new Set(),
};

export function notCarriedBy(format: ExportFormat | null): NotCarried {
  if (format === 'csv-zip') return CSV_ZIP;
  return format === null ? CARRIES_ALL : XML;
}

/** Whether the format carries every column (what the search columns are computed from). */
export function carriesAll(notCarried: NotCarried): boolean {
  return notCarried.certifications.size === 0 && notCarried.blocs.size === 0;
}
