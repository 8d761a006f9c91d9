/**
 * Types of the catalogue API as the web app reads it, inferred from the server's zod schemas
 * (type-only imports: nothing of the server reaches the bundle).
 */
export type { TCertificationEnrichment as CertificationEnrichment } from '../../../../server/modules/certifications/certifications.enrichment-schema';
export type {
  TCertificateurMatches as CertificateurMatches,
  TCertificationDetail,
  TCertificationSummary as CertificationSummary,
  TSearchCertificationsResponse as CertificationSearchResult,
  TSearchFacets as CertificationFacets,
} from '../../../../server/modules/certifications/certifications.schema';
export type { TImportRun as ImportRun } from '../../../../server/modules/certifications/certifications-admin.schema';

import type { TCertificationDetail } from '../../../../server/modules/certifications/certifications.schema';

/** `GET /api/certifications/{code}`: the record and whether the visitor may edit its VAE information. */
export type CertificationView = TCertificationDetail & { viewerCanEditEnrichment: boolean };
