import { z } from 'zod';
import { ZCertificationEnrichmentSchema } from './certifications.enrichment-schema';

/**
 * Request and response schemas of the certification catalogue. Query strings arrive as text, so
 * numbers and booleans are coerced; the same schemas serve the search form in the browser.
 */

const booleanish = z.union([z.boolean(), z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')]);
const levelValue = z.coerce.number().int().min(1).max(8);

export const ZSearchCertificationsQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  levels: z
    .union([levelValue, z.array(levelValue).max(8)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  kind: z.enum(['rncp', 'rs']).optional(),
  /** A SIRET (14 digits) or the exact name of a certificateur without SIRET. */
  certificateur: z.string().trim().min(1).max(200).optional(),
  rome: z
    .string()
    .trim()
    .regex(/^[A-Na-n]\d{4}$/, 'Code ROME attendu (ex. K1801)')
    .transform((v) => v.toUpperCase())
    .optional(),
  nsf: z.string().trim().regex(/^\d{3}[a-z]?$/, 'Code NSF attendu (ex. 332 ou 332t)').optional(),
  formacode: z.string().trim().regex(/^\d{5}$/, 'Formacode attendu (5 chiffres)').optional(),
  activeOnly: booleanish.default(true),
  vaeOpen: booleanish.optional(),
  hasBlocs: booleanish.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TSearchCertificationsQuery = z.infer<typeof ZSearchCertificationsQuerySchema>;

/** The query string of `GET /api/certifications`: `level` may repeat (`level=3&level=4`). */
export const ZCertificationSearchRouteQuerySchema = ZSearchCertificationsQuerySchema.omit({ levels: true }).extend({
  level: z
    .union([levelValue, z.array(levelValue).max(8)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
});
export type TSearchCertificationsInput = z.input<typeof ZSearchCertificationsQuerySchema>;

const ZCertificateurRefSchema = z.object({ siret: z.string().nullable(), name: z.string() });

export const ZCertificationSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(['rncp', 'rs']),
  title: z.string(),
  shortTitle: z.string().nullable(),
  level: z.number().int().nullable(),
  active: z.boolean(),
  vaeOpen: z.boolean(),
  registrationEndDate: z.string().nullable(),
  certificateurs: z.array(ZCertificateurRefSchema),
  romeCodes: z.array(z.string()),
  blocCount: z.number().int(),
  source: z.enum(['import', 'seed']),
  /** Relevance of the record for the text query; null without a query. */
  score: z.number().nullable(),
});
export type TCertificationSummary = z.infer<typeof ZCertificationSummarySchema>;

export const ZSearchFacetsSchema = z.object({
  levels: z.array(z.object({ level: z.number().int().nullable(), count: z.number().int() })),
  kinds: z.array(z.object({ kind: z.enum(['rncp', 'rs']), count: z.number().int() })),
  certificateurs: z.array(ZCertificateurRefSchema.extend({ count: z.number().int() })),
  vaeOpen: z.number().int(),
  withBlocs: z.number().int(),
  active: z.number().int(),
});
export type TSearchFacets = z.infer<typeof ZSearchFacetsSchema>;

export const ZSearchCertificationsResponseSchema = z.object({
  items: z.array(ZCertificationSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: ZSearchFacetsSchema,
});
export type TSearchCertificationsResponse = z.infer<typeof ZSearchCertificationsResponseSchema>;

/** `GET /api/certifications/certificateurs`: the certificateurs whose name or SIRET matches. */
export const ZFindCertificateursQuerySchema = z.strictObject({
  q: z.string().trim().min(2, 'Saisissez au moins deux caractères du nom ou du SIRET.').max(100, 'Cent caractères au plus.'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type TFindCertificateursQuery = z.infer<typeof ZFindCertificateursQuerySchema>;

export const ZCertificateurMatchesSchema = z.object({
  items: z.array(ZCertificateurRefSchema.extend({ count: z.number().int() })),
});
export type TCertificateurMatches = z.infer<typeof ZCertificateurMatchesSchema>;

export const ZGetCertificationParamsSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^(RNCP|RS|rncp|rs)\d+$/, 'Code RNCP… ou RS… attendu')
    .transform((v) => v.toUpperCase()),
});

const ZAccessRouteSchema = z.object({
  route: z.enum(['initial_training', 'apprenticeship', 'continuing_education', 'professionalisation_contract', 'individual_application', 'vae']),
  active: z.boolean(),
  juryComposition: z.string().nullable(),
  modifiedOn: z.string().nullable(),
});

const ZCodeSchema = z.object({ code: z.string(), label: z.string().nullable() });

export const ZCertificationDetailSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(['rncp', 'rs']),
  number: z.number().int(),
  title: z.string(),
  shortTitle: z.string().nullable(),
  shortTitleCode: z.string().nullable(),
  level: z.number().int().nullable(),
  levelLabel: z.string().nullable(),
  state: z.string().nullable(),
  active: z.boolean(),
  deactivatedAt: z.string().nullable(),
  registrationType: z.string().nullable(),
  dates: z.object({
    decision: z.string().nullable(),
    effect: z.string().nullable(),
    registrationEnd: z.string().nullable(),
    lastJo: z.string().nullable(),
    deliveryLimit: z.string().nullable(),
    publication: z.string().nullable(),
  }),
  registrationDurationYears: z.number().int().nullable(),
  partialValidation: z.boolean().nullable(),
  accessibleNewCaledonia: z.boolean().nullable(),
  accessibleFrenchPolynesia: z.boolean().nullable(),
  texts: z.object({
    activities: z.string().nullable(),
    capacities: z.string().nullable(),
    sectors: z.string().nullable(),
    jobs: z.string().nullable(),
    entryPrerequisites: z.string().nullable(),
    validationPrerequisites: z.string().nullable(),
    objectivesContext: z.string().nullable(),
    regulatedActivities: z.string().nullable(),
    skillLevel: z.string().nullable(),
  }),
  descriptionUrl: z.string().nullable(),
  vaeOpen: z.boolean(),
  accessRoutes: z.array(ZAccessRouteSchema),
  statistics: z.array(
    z.object({
      year: z.number().int(),
      certified: z.number().int().nullable(),
      certifiedByVae: z.number().int().nullable(),
      insertionRate6Months: z.number().nullable(),
      jobInsertionRate2Years: z.number().nullable(),
    }),
  ),
  publications: z.array(z.object({ kind: z.enum(['general', 'creation', 'other']), title: z.string().nullable(), date: z.string().nullable() })),
  certificateurs: z.array(
    z.object({ siret: z.string().nullable(), name: z.string(), state: z.string().nullable(), stateChangedOn: z.string().nullable(), website: z.string().nullable() }),
  ),
  partners: z.object({
    total: z.number().int(),
    items: z.array(
      z.object({
        siret: z.string().nullable(),
        name: z.string(),
        habilitation: z.string().nullable(),
        state: z.string().nullable(),
        activeSince: z.string().nullable(),
        stateChangedOn: z.string().nullable(),
      }),
    ),
  }),
  blocs: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      label: z.string(),
      competences: z.string().nullable(),
      evaluationMethods: z.string().nullable(),
    }),
  ),
  codes: z.object({ rome: z.array(ZCodeSchema), nsf: z.array(ZCodeSchema), formacode: z.array(ZCodeSchema), idcc: z.array(ZCodeSchema) }),
  previousCodes: z.array(z.string()),
  nextCodes: z.array(z.string()),
  blocCorrespondences: z.array(
    z.object({ sourceBlocCodes: z.array(z.string()), targetCode: z.string().nullable(), targetBlocCodes: z.array(z.string()) }),
  ),
  enrichment: ZCertificationEnrichmentSchema.nullable(),
  /**
   * Of the codes the record names (previous and next certifications, correspondences' and
   * equivalences' targets), those the catalogue holds: the page links to those records only.
   */
  codesInCatalogue: z.array(z.string()),
  source: z.enum(['import', 'seed']),
  importedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type TCertificationDetail = z.infer<typeof ZCertificationDetailSchema>;
