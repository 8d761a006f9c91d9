import type { OrganisationKind } from '../../common/organisations';
import type { Database } from '../../server/db/client';

export interface ScaleOptions {
  candidates: number;
  organisations: number;
  professionalsPerOrganisation: number;
  /** Among the organisations, this many counselling structures (absent: drawn by weight like the others). */
  structures?: number;
  /** Pathways over the candidates (0 or absent: none, nor candidate files). */
  pathways?: number;
  /** Any text; the same seed always produces the same rows. */
  seed: string;
}

export interface GeneratedOrganisation {
  id: string;
  kind: OrganisationKind;
  departementCodes: string[];
}

/**
 * What the generators share. Each one reads what earlier ones produced (organisations before
 * their members) and records what later ones will need: a pathway generator will read
 * `candidates` and `organisations` to attach each pathway to a structure of its département.
 */
export interface ScaleState {
  database: Database;
  options: ScaleOptions;
  /** Computed once: hashing is deliberately slow, and every generated account shares it. */
  passwordHash: string;
  /** Fixed "now" of the generated data, so two runs with the same seed are identical. */
  reference: Date;
  /** Lowercase letters and digits of the seed, used in e-mail addresses. */
  slug: string;
  departements: { code: string; name: string; regionCode: string }[];
  organisations: GeneratedOrganisation[];
  professionalIds: string[];
  candidates: { id: string; departementCode: string }[];
}

export interface ScaleGenerator {
  name: string;
  /** Rows this generator will write (all tables), for the progress display. */
  plannedRows(state: ScaleState): number;
  run(state: ScaleState, progress: (rows: number) => void): Promise<void>;
}
