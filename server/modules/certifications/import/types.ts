import type {
  AccessRouteJson,
  AccessRouteKind,
  BlocCorrespondenceJson,
  CertificationKind,
  CodeSystem,
  PartnerJson,
  PublicationJson,
  YearStatisticsJson,
} from '../../../db/schema/certifications';

/**
 * One fiche of the registry after parsing, whatever the export it came from (XML V2 to V4.1 or
 * the CSV zip). Every field here is an "imported field": its JSON is what content_hash covers.
 * Dates are ISO `yyyy-mm-dd` strings.
 */
export interface ParsedCertification {
  code: string;
  kind: CertificationKind;
  number: number;
  sourceFicheId: string | null;
  title: string;
  shortTitle: string | null;
  shortTitleCode: string | null;
  level: number | null;
  levelCode: string | null;
  state: string | null;
  active: boolean;
  registrationType: string | null;
  decisionDate: string | null;
  effectDate: string | null;
  registrationEndDate: string | null;
  lastJoDate: string | null;
  deliveryLimitDate: string | null;
  publicationDate: string | null;
  registrationDurationYears: number | null;
  partialValidation: boolean | null;
  partnersExist: boolean | null;
  accessibleNewCaledonia: boolean | null;
  accessibleFrenchPolynesia: boolean | null;
  activities: string | null;
  capacities: string | null;
  sectors: string | null;
  jobs: string | null;
  entryPrerequisites: string | null;
  validationPrerequisites: string | null;
  objectivesContext: string | null;
  regulatedActivities: string | null;
  skillLevel: string | null;
  descriptionUrl: string | null;
  accessRoutes: AccessRouteJson[];
  statistics: YearStatisticsJson[];
  publications: PublicationJson[];
  blocCorrespondences: BlocCorrespondenceJson[];
  levelPromotionYears: number[];
  certificateurs: ParsedCertificateur[];
  partners: ParsedPartner[];
  blocs: ParsedBloc[];
  codes: ParsedCode[];
  links: ParsedLink[];
}

export interface ParsedCertificateur {
  siret: string | null;
  name: string;
  state: string | null;
  stateChangedOn: string | null;
  website: string | null;
}

export type ParsedPartner = PartnerJson;

export interface ParsedBloc {
  code: string;
  label: string;
  competences: string | null;
  evaluationMethods: string | null;
}

export interface ParsedCode {
  system: CodeSystem;
  code: string;
  label: string | null;
}

export interface ParsedLink {
  relation: 'previous' | 'next';
  code: string;
}

/** Where a record sits in its file, for messages a person can act on. */
export interface RecordLocation {
  file: string;
  line: number | null;
}

/**
 * What a parser yields per fiche: the record, or the reasons it cannot be imported. `code` is the
 * fiche number as read (possibly invalid) so the report can name the fiche.
 */
export type ParsedItem =
  | { ok: true; record: ParsedCertification; location: RecordLocation }
  | { ok: false; code: string; issues: RecordIssue[]; location: RecordLocation };

/** Stable reason codes of a rejected record (the message beside them is in French). */
export type RejectionCode =
  | 'INVALID_CODE'
  | 'MISSING_TITLE'
  | 'UNKNOWN_LEVEL'
  | 'INVALID_DATE'
  | 'INVALID_NUMBER'
  | 'UNKNOWN_ACCESS_ROUTE'
  | 'DUPLICATE_RECORD'
  | 'WRITE_FAILED';

export interface RecordIssue {
  reasonCode: RejectionCode;
  message: string;
}

export const ACCESS_ROUTES: readonly AccessRouteKind[] = [
  'initial_training',
  'apprenticeship',
  'continuing_education',
  'professionalisation_contract',
  'individual_application',
  'vae',
];

/** Progress of a parser through its input, in bytes of the file. */
export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  records: number;
}
