import type { CertificationSource } from '../../db/schema/certifications';
import type { ParsedBloc, ParsedCertificateur, ParsedCertification, ParsedCode, ParsedLink } from './import/types';
import type { UnnestColumn } from './unnest-rows';

/**
 * The columns the catalogue writes, table by table, with where each value comes from in a parsed
 * record. They mirror the SQL of 20261123T1700_certifications.sql; the search columns are computed
 * in the database from SEARCH_INPUT_COLUMNS (20261211T0900_catalogue_search_on_insert.sql).
 */

export interface CertificationRow {
  record: ParsedCertification;
  hash: string;
  source: CertificationSource;
  /** ISO timestamp of the write. */
  now: string;
  /** The record's long texts as searchBody gives them. */
  body: string;
}

export const CERTIFICATION_COLUMNS: UnnestColumn<CertificationRow>[] = [
  { name: 'code', type: 'text', value: (r) => r.record.code },
  { name: 'kind', type: 'text', value: (r) => r.record.kind },
  { name: 'number', type: 'int4', value: (r) => r.record.number },
  { name: 'source_fiche_id', type: 'text', value: (r) => r.record.sourceFicheId },
  { name: 'title', type: 'text', value: (r) => r.record.title },
  { name: 'short_title', type: 'text', value: (r) => r.record.shortTitle },
  { name: 'short_title_code', type: 'text', value: (r) => r.record.shortTitleCode },
  { name: 'level', type: 'int2', value: (r) => r.record.level },
  { name: 'level_code', type: 'text', value: (r) => r.record.levelCode },
  { name: 'state', type: 'text', value: (r) => r.record.state },
  { name: 'active', type: 'bool', value: (r) => r.record.active },
  { name: 'registration_type', type: 'text', value: (r) => r.record.registrationType },
  { name: 'decision_date', type: 'date', value: (r) => r.record.decisionDate },
  { name: 'effect_date', type: 'date', value: (r) => r.record.effectDate },
  { name: 'registration_end_date', type: 'date', value: (r) => r.record.registrationEndDate },
  { name: 'last_jo_date', type: 'date', value: (r) => r.record.lastJoDate },
  { name: 'delivery_limit_date', type: 'date', value: (r) => r.record.deliveryLimitDate },
  { name: 'publication_date', type: 'date', value: (r) => r.record.publicationDate },
  { name: 'registration_duration_years', type: 'int2', value: (r) => r.record.registrationDurationYears },
  { name: 'partial_validation', type: 'bool', value: (r) => r.record.partialValidation },
  { name: 'partners_exist', type: 'bool', value: (r) => r.record.partnersExist },
  { name: 'accessible_new_caledonia', type: 'bool', value: (r) => r.record.accessibleNewCaledonia },
  { name: 'accessible_french_polynesia', type: 'bool', value: (r) => r.record.accessibleFrenchPolynesia },
  { name: 'activities', type: 'text', value: (r) => r.record.activities },
  { name: 'capacities', type: 'text', value: (r) => r.record.capacities },
  { name: 'sectors', type: 'text', value: (r) => r.record.sectors },
  { name: 'jobs', type: 'text', value: (r) => r.record.jobs },
  { name: 'entry_prerequisites', type: 'text', value: (r) => r.record.entryPrerequisites },
  { name: 'validation_prerequisites', type: 'text', value: (r) => r.record.validationPrerequisites },
  { name: 'objectives_context', type: 'text', value: (r) => r.record.objectivesContext },
  { name: 'regulated_activities', type: 'text', value: (r) => r.record.regulatedActivities },
  { name: 'skill_level', type: 'text', value: (r) => r.record.skillLevel },
  { name: 'description_url', type: 'text', value: (r) => r.record.descriptionUrl },
  { name: 'vae_open', type: 'bool', value: (r) => r.record.accessRoutes.some((a) => a.route === 'vae' && a.active) },
  { name: 'access_routes', type: 'jsonb', value: (r) => r.record.accessRoutes },
  { name: 'statistics', type: 'jsonb', value: (r) => r.record.statistics },
  { name: 'publications', type: 'jsonb', value: (r) => r.record.publications },
  { name: 'bloc_correspondences', type: 'jsonb', value: (r) => r.record.blocCorrespondences },
  { name: 'partners', type: 'jsonb', value: (r) => r.record.partners },
  { name: 'level_promotion_years', type: 'int4[]', value: (r) => r.record.levelPromotionYears },
  { name: 'content_hash', type: 'text', value: (r) => r.hash },
  { name: 'source', type: 'text', value: (r) => r.source },
  { name: 'deactivated_at', type: 'timestamptz', value: () => null },
  { name: 'imported_at', type: 'timestamptz', value: (r) => (r.source === 'import' ? r.now : null) },
  { name: 'created_at', type: 'timestamptz', value: (r) => r.now },
  { name: 'updated_at', type: 'timestamptz', value: (r) => r.now },
];

/** The code systems whose codes and labels the search vector holds. */
const SEARCHED_CODE_SYSTEMS: ReadonlySet<string> = new Set(['rome', 'formacode', 'nsf']);

/** Texts joined as concat_ws(' ', …) joins them: NULLs left out. */
function concatWs(parts: (string | null)[]): string {
  return parts.filter((p) => p !== null).join(' ');
}

/** Items joined as string_agg(…, ' ') joins them: NULL when there are none. */
function stringAgg(items: string[]): string | null {
  return items.length === 0 ? null : items.join(' ');
}

/**
 * What certification_search_columns() makes the vector's B part of, as certifications_refresh_search()
 * reads it from the stored rows: the blocs' labels in order, then the searched codes with their
 * labels, by system then in the fiche's order.
 */
function searchBlocsCodes(record: ParsedCertification): string {
  const codes = record.codes
    .map((code, position) => ({ code, position }))
    .filter(({ code }) => SEARCHED_CODE_SYSTEMS.has(code.system))
    .sort((a, b) => (a.code.system < b.code.system ? -1 : a.code.system > b.code.system ? 1 : a.position - b.position))
    .map(({ code }) => concatWs([code.code, code.label]));
  return concatWs([stringAgg(record.blocs.map((b) => b.label)), stringAgg(codes)]);
}

/**
 * Read by the INSERT beside the record's columns: what its search columns are computed from. The
 * bloc count is the fiche's (its blocs are all current once written).
 */
export const SEARCH_INPUT_COLUMNS: UnnestColumn<CertificationRow>[] = [
  { name: 'search_blocs_codes', type: 'text', value: (r) => searchBlocsCodes(r.record) },
  { name: 'search_names', type: 'text', value: (r) => stringAgg(r.record.certificateurs.map((c) => c.name)) },
  { name: 'search_body', type: 'text', value: (r) => r.body },
  { name: 'search_bloc_count', type: 'int4', value: (r) => r.record.blocs.length },
  {
    name: 'search_certificateurs',
    type: 'jsonb',
    value: (r) => r.record.certificateurs.map((c, position) => ({ siret: c.siret, name: c.name, position })),
  },
];

/** Identity and creation time stay as they were when an upsert meets an existing record. */
export const KEEP_ON_UPDATE: ReadonlySet<string> = new Set(['code', 'created_at']);

/** A child row: the item of the parsed record, its parent's id and its place in the fiche. */
export interface ChildRow<T> {
  certificationId: string;
  position: number;
  item: T;
}

export const CERTIFICATEUR_COLUMNS: UnnestColumn<ChildRow<ParsedCertificateur>>[] = [
  { name: 'certification_id', type: 'uuid', value: (r) => r.certificationId },
  { name: 'position', type: 'int2', value: (r) => r.position },
  { name: 'siret', type: 'text', value: (r) => r.item.siret },
  { name: 'name', type: 'text', value: (r) => r.item.name },
  { name: 'state', type: 'text', value: (r) => r.item.state },
  { name: 'state_changed_on', type: 'date', value: (r) => r.item.stateChangedOn },
  { name: 'website', type: 'text', value: (r) => r.item.website },
];

export const CODE_COLUMNS: UnnestColumn<ChildRow<ParsedCode>>[] = [
  { name: 'certification_id', type: 'uuid', value: (r) => r.certificationId },
  { name: 'system', type: 'text', value: (r) => r.item.system },
  { name: 'code', type: 'text', value: (r) => r.item.code },
  { name: 'label', type: 'text', value: (r) => r.item.label },
  { name: 'position', type: 'int2', value: (r) => r.position },
];

export const LINK_COLUMNS: UnnestColumn<ChildRow<ParsedLink>>[] = [
  { name: 'certification_id', type: 'uuid', value: (r) => r.certificationId },
  { name: 'relation', type: 'text', value: (r) => r.item.relation },
  { name: 'linked_code', type: 'text', value: (r) => r.item.code },
];

export const BLOC_COLUMNS: UnnestColumn<ChildRow<ParsedBloc>>[] = [
  { name: 'certification_id', type: 'uuid', value: (r) => r.certificationId },
  { name: 'code', type: 'text', value: (r) => r.item.code },
  { name: 'label', type: 'text', value: (r) => r.item.label },
  { name: 'competences', type: 'text', value: (r) => r.item.competences },
  { name: 'evaluation_methods', type: 'text', value: (r) => r.item.evaluationMethods },
  { name: 'position', type: 'int2', value: (r) => r.position },
];

/** A bloc that stays in the fiche keeps its id: only these change on conflict. */
export const BLOC_KEEP_ON_UPDATE: ReadonlySet<string> = new Set(['certification_id', 'code']);
