import type {
  certificationBlocs,
  certificationCertificateurs,
  certificationCodes,
  certificationLinks,
  certifications,
  PartnerJson,
} from '../../db/schema/certifications';
import type { TCertificationEnrichment } from './certifications.enrichment-schema';
import type { TCertificationDetail, TCertificationSummary, TSearchFacets } from './certifications.schema';

/** A row of the search page query (snake_case, as the SQL returns it). */
export interface SummaryRow {
  id: string;
  code: string;
  kind: 'rncp' | 'rs';
  title: string;
  short_title: string | null;
  level: number | null;
  active: boolean;
  vae_open: boolean;
  source: 'import' | 'seed';
  registration_end_date: string | null;
  score: number | null;
  certificateurs: { siret: string | null; name: string }[];
  rome_codes: string[];
  bloc_count: number;
}

export interface FacetRow {
  total: number;
  levels: { level: number | null; count: number }[];
  kinds: { kind: 'rncp' | 'rs'; count: number }[];
  certificateurs: { siret: string | null; name: string; count: number }[];
  vae_open: number;
  active: number;
  with_blocs: number;
}

export function presentCertificationSummary(row: SummaryRow): TCertificationSummary {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    title: row.title,
    shortTitle: row.short_title,
    level: row.level,
    active: row.active,
    vaeOpen: row.vae_open,
    registrationEndDate: row.registration_end_date,
    certificateurs: row.certificateurs.map((f) => ({ siret: f.siret, name: f.name })),
    romeCodes: row.rome_codes,
    blocCount: row.bloc_count,
    source: row.source,
    score: row.score == null ? null : Math.round(row.score * 1000) / 1000,
  };
}

export function presentFacets(row: FacetRow | undefined): TSearchFacets {
  return {
    levels: (row?.levels ?? []).map((l) => ({ level: l.level, count: l.count })),
    kinds: (row?.kinds ?? []).map((k) => ({ kind: k.kind, count: k.count })),
    certificateurs: (row?.certificateurs ?? []).map((f) => ({ siret: f.siret, name: f.name, count: f.count })),
    vaeOpen: row?.vae_open ?? 0,
    withBlocs: row?.with_blocs ?? 0,
    active: row?.active ?? 0,
  };
}

export interface CertificationDetailInput {
  certification: typeof certifications.$inferSelect;
  levelLabel: string | null;
  certificateurs: (typeof certificationCertificateurs.$inferSelect)[];
  partners: PartnerJson[];
  partnersTotal: number;
  blocs: (typeof certificationBlocs.$inferSelect)[];
  codes: (typeof certificationCodes.$inferSelect)[];
  links: (typeof certificationLinks.$inferSelect)[];
  enrichment: TCertificationEnrichment | null;
  codesInCatalogue: string[];
}

export function presentCertificationDetail(input: CertificationDetailInput): TCertificationDetail {
  const c = input.certification;
  const codesOf = (system: 'rome' | 'nsf' | 'formacode' | 'idcc') =>
    input.codes.filter((k) => k.system === system).map((k) => ({ code: k.code, label: k.label }));
  return {
    id: c.id,
    code: c.code,
    kind: c.kind,
    number: c.number,
    title: c.title,
    shortTitle: c.shortTitle,
    shortTitleCode: c.shortTitleCode,
    level: c.level,
    levelLabel: input.levelLabel,
    state: c.state,
    active: c.active,
    deactivatedAt: c.deactivatedAt?.toISOString() ?? null,
    registrationType: c.registrationType,
    dates: {
      decision: c.decisionDate,
      effect: c.effectDate,
      registrationEnd: c.registrationEndDate,
      lastJo: c.lastJoDate,
      deliveryLimit: c.deliveryLimitDate,
      publication: c.publicationDate,
    },
    registrationDurationYears: c.registrationDurationYears,
    partialValidation: c.partialValidation,
    accessibleNewCaledonia: c.accessibleNewCaledonia,
    accessibleFrenchPolynesia: c.accessibleFrenchPolynesia,
    texts: {
      activities: c.activities,
      capacities: c.capacities,
      sectors: c.sectors,
      jobs: c.jobs,
      entryPrerequisites: c.entryPrerequisites,
      validationPrerequisites: c.validationPrerequisites,
      objectivesContext: c.objectivesContext,
      regulatedActivities: c.regulatedActivities,
      skillLevel: c.skillLevel,
    },
    descriptionUrl: c.descriptionUrl,
    vaeOpen: c.vaeOpen,
    accessRoutes: c.accessRoutes.map((a) => ({ route: a.route, active: a.active, juryComposition: a.juryComposition, modifiedOn: a.modifiedOn })),
    statistics: c.statistics.map((s) => ({
      year: s.year,
      certified: s.certified,
      certifiedByVae: s.certifiedByVae,
      insertionRate6Months: s.insertionRate6Months,
      jobInsertionRate2Years: s.jobInsertionRate2Years,
    })),
    publications: c.publications.map((p) => ({ kind: p.kind, title: p.title, date: p.date })),
    certificateurs: input.certificateurs.map((f) => ({ siret: f.siret, name: f.name, state: f.state, stateChangedOn: f.stateChangedOn, website: f.website })),
    partners: {
      total: input.partnersTotal,
      items: input.partners.map((p) => ({
        siret: p.siret,
        name: p.name,
        habilitation: p.habilitation,
        state: p.state,
        activeSince: p.activeSince,
        stateChangedOn: p.stateChangedOn,
      })),
    },
    blocs: input.blocs.map((b) => ({ id: b.id, code: b.code, label: b.label, competences: b.competences, evaluationMethods: b.evaluationMethods })),
    codes: { rome: codesOf('rome'), nsf: codesOf('nsf'), formacode: codesOf('formacode'), idcc: codesOf('idcc') },
    previousCodes: input.links.filter((l) => l.relation === 'previous').map((l) => l.linkedCode),
    nextCodes: input.links.filter((l) => l.relation === 'next').map((l) => l.linkedCode),
    blocCorrespondences: c.blocCorrespondences.map((b) => ({ sourceBlocCodes: b.sourceBlocCodes, targetCode: b.targetCode, targetBlocCodes: b.targetBlocCodes })),
    enrichment: input.enrichment,
    codesInCatalogue: input.codesInCatalogue,
    source: c.source,
    importedAt: c.importedAt?.toISOString() ?? null,
    updatedAt: c.updatedAt.toISOString(),
  };
}
