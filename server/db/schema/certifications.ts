import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

// Mirrors migrations/20261123T1700_certifications.sql; the schema drift test compares the two.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
// Dates of the registry are calendar days: kept as ISO strings to avoid time-zone shifts.
const day = (name: string) => date(name, { mode: 'string' });

/** Computed in the database (certification_search_columns()); the application never reads it as a value. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export type CertificationKind = 'rncp' | 'rs';
export type CertificationSource = 'import' | 'seed';
export type CodeSystem = 'rome' | 'nsf' | 'formacode' | 'idcc';
export type AccessRouteKind =
  | 'initial_training'
  | 'apprenticeship'
  | 'continuing_education'
  | 'professionalisation_contract'
  | 'individual_application'
  | 'vae';

export interface AccessRouteJson {
  route: AccessRouteKind;
  active: boolean;
  juryComposition: string | null;
  modifiedOn: string | null;
}
export interface YearStatisticsJson {
  year: number;
  certified: number | null;
  certifiedByVae: number | null;
  insertionRate6Months: number | null;
  jobInsertionRate2Years: number | null;
}
export interface PublicationJson {
  kind: 'general' | 'creation' | 'other';
  title: string | null;
  date: string | null;
}
/** A partner of the fiche (an organisation habilitated to prepare for or deliver it). */
export interface PartnerJson {
  siret: string | null;
  name: string;
  habilitation: string | null;
  state: string | null;
  activeSince: string | null;
  stateChangedOn: string | null;
}
export interface BlocCorrespondenceJson {
  sourceBlocCodes: string[];
  targetCode: string | null;
  targetBlocCodes: string[];
}

export const certifications = pgTable('certifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  kind: text('kind').$type<CertificationKind>().notNull(),
  number: integer('number').notNull(),
  sourceFicheId: text('source_fiche_id'),
  title: text('title').notNull(),
  shortTitle: text('short_title'),
  shortTitleCode: text('short_title_code'),
  level: smallint('level'),
  levelCode: text('level_code'),
  state: text('state'),
  active: boolean('active').notNull(),
  registrationType: text('registration_type'),
  decisionDate: day('decision_date'),
  effectDate: day('effect_date'),
  registrationEndDate: day('registration_end_date'),
  lastJoDate: day('last_jo_date'),
  deliveryLimitDate: day('delivery_limit_date'),
  publicationDate: day('publication_date'),
  registrationDurationYears: smallint('registration_duration_years'),
  partialValidation: boolean('partial_validation'),
  partnersExist: boolean('partners_exist'),
  accessibleNewCaledonia: boolean('accessible_new_caledonia'),
  accessibleFrenchPolynesia: boolean('accessible_french_polynesia'),
  activities: text('activities'),
  capacities: text('capacities'),
  sectors: text('sectors'),
  jobs: text('jobs'),
  entryPrerequisites: text('entry_prerequisites'),
  validationPrerequisites: text('validation_prerequisites'),
  objectivesContext: text('objectives_context'),
  regulatedActivities: text('regulated_activities'),
  skillLevel: text('skill_level'),
  descriptionUrl: text('description_url'),
  vaeOpen: boolean('vae_open').notNull().default(false),
  accessRoutes: jsonb('access_routes').$type<AccessRouteJson[]>().notNull().default([]),
  statistics: jsonb('statistics').$type<YearStatisticsJson[]>().notNull().default([]),
  publications: jsonb('publications').$type<PublicationJson[]>().notNull().default([]),
  blocCorrespondences: jsonb('bloc_correspondences').$type<BlocCorrespondenceJson[]>().notNull().default([]),
  /** In the fiche's order (20261211T1100_catalogue_partners_list.sql). */
  partners: jsonb('partners').$type<PartnerJson[]>().notNull().default([]),
  levelPromotionYears: integer('level_promotion_years').array().notNull().default([]),
  contentHash: text('content_hash').notNull(),
  source: text('source').$type<CertificationSource>().notNull(),
  deactivatedAt: ts('deactivated_at'),
  importedAt: ts('imported_at'),
  searchText: text('search_text').notNull().default(''),
  searchVector: tsvector('search_vector').notNull().default(''),
  rankVector: tsvector('rank_vector').notNull().default(''),
  blocCount: integer('bloc_count').notNull().default(0),
  /** The certificateur facet's entries (one per SIRET, or per name without one): certification_facet_of() only. */
  facetSirets: text('facet_sirets').array().notNull().default([]),
  facetNames: text('facet_names').array().notNull().default([]),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const certificationCertificateurs = pgTable(
  'certification_certificateurs',
  {
    certificationId: uuid('certification_id').notNull(),
    position: smallint('position').notNull(),
    siret: text('siret'),
    name: text('name').notNull(),
    state: text('state'),
    stateChangedOn: day('state_changed_on'),
    website: text('website'),
    /** The name without accents, in lower case: what a search by name compares (written by the database). */
    nameKey: text('name_key').generatedAlwaysAs(sql`lower(immutable_unaccent(name))`),
  },
  (t) => [primaryKey({ columns: [t.certificationId, t.position] })],
);

export const certificationBlocs = pgTable(
  'certification_blocs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificationId: uuid('certification_id').notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    competences: text('competences'),
    evaluationMethods: text('evaluation_methods'),
    position: smallint('position').notNull(),
    /** Set when the fiche no longer lists the bloc but a pathway still refers to it (migration 20261207T1000_catalogue_import). */
    withdrawnAt: ts('withdrawn_at'),
  },
  (t) => [unique().on(t.certificationId, t.code)],
);

export const certificationCodes = pgTable(
  'certification_codes',
  {
    certificationId: uuid('certification_id').notNull(),
    system: text('system').$type<CodeSystem>().notNull(),
    code: text('code').notNull(),
    label: text('label'),
    position: smallint('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.certificationId, t.system, t.code] })],
);

export const certificationLinks = pgTable(
  'certification_links',
  {
    certificationId: uuid('certification_id').notNull(),
    relation: text('relation').$type<'previous' | 'next'>().notNull(),
    linkedCode: text('linked_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.certificationId, t.relation, t.linkedCode] })],
);

export const certificationEnrichments = pgTable('certification_enrichments', {
  certificationId: uuid('certification_id').primaryKey(),
  // The shapes are validated by the zod schemas of the certifications module on write and read.
  vaeFiling: jsonb('vae_filing').$type<unknown>(),
  jury: jsonb('jury').$type<unknown>(),
  validationRates: jsonb('validation_rates').$type<unknown>(),
  dispenses: jsonb('dispenses').$type<unknown>().notNull().default([]),
  equivalences: jsonb('equivalences').$type<unknown>().notNull().default([]),
  furtherStudies: jsonb('further_studies').$type<unknown>().notNull().default([]),
  insertion: jsonb('insertion').$type<unknown>(),
  training: jsonb('training').$type<unknown>(),
  prices: jsonb('prices').$type<unknown>().notNull().default([]),
  validationConditions: jsonb('validation_conditions').$type<unknown>().notNull().default([]),
  blocNotes: jsonb('bloc_notes').$type<unknown>().notNull().default([]),
  romeAppellations: jsonb('rome_appellations').$type<unknown>().notNull().default([]),
  sources: jsonb('sources').$type<unknown>().notNull().default([]),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  /** Set when a person edits the enrichment: the reference seed no longer writes over it. */
  editedAt: ts('edited_at'),
});

export const nomenclatureEntries = pgTable(
  'nomenclature_entries',
  {
    system: text('system').$type<'level' | 'nsf' | 'rome' | 'formacode'>().notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    parentCode: text('parent_code'),
    /** Set when an administrator imported a newer file; the shipped file then no longer overwrites the entry. */
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [primaryKey({ columns: [t.system, t.code] })],
);

export const certificationImportRuns = pgTable('certification_import_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  fileName: text('file_name').notNull(),
  format: text('format'),
  version: text('version'),
  fullExport: boolean('full_export').notNull(),
  status: text('status').$type<ImportRunStatus>().notNull(),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  deactivated: integer('deactivated').notNull().default(0),
  rejected: jsonb('rejected').$type<{ code: string; reason: string }[]>().notNull().default([]),
  warnings: jsonb('warnings').$type<{ code: string; reason: string }[]>().notNull().default([]),
  error: text('error'),
  startedAt: ts('started_at'),
  finishedAt: ts('finished_at'),
  // Added by 20261123T1800_certification_managers.sql: imports run as jobs with progress.
  recordsProcessed: integer('records_processed').notNull().default(0),
  bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
  bytesTotal: bigint('bytes_total', { mode: 'number' }),
  requestedBy: uuid('requested_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export type ImportRunStatus = 'queued' | 'running' | 'completed' | 'failed';

/** Mirrors 20261123T1800_certification_managers.sql: organisations that may edit a record's enrichment. */
export const certificationManagers = pgTable(
  'certification_managers',
  {
    certificationId: uuid('certification_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [primaryKey({ columns: [t.certificationId, t.organisationId] })],
);

/** Distinct words of titles and jobs, for typo suggestions (20261206T1200_catalogue_search.sql). */
export const certificationWords = pgTable('certification_words', {
  word: text('word').primaryKey(),
});

/** Bumped by statement triggers on the records and the children the facets count. */
export const certificationCatalogueRevision = pgTable('certification_catalogue_revision', {
  id: boolean('id').primaryKey().default(true),
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
  /** Transactions that changed search vectors, and the one the lexicon was last brought up to. */
  searchRevision: bigint('search_revision', { mode: 'number' }).notNull().default(0),
  lexiconRevision: bigint('lexicon_revision', { mode: 'number' }).notNull().default(-1),
});

/** Every lexeme of the search vectors (certification_lexemes_refresh()): the search names them. */
export const certificationLexemes = pgTable('certification_lexemes', {
  lexeme: text('lexeme').primaryKey(),
});
