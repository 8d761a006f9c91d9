/**
 * Types of the candidate space API, inferred from the server's zod schemas (type-only imports:
 * nothing of the server reaches the bundle).
 */
export type { TDocument as PathwayDocument, TMyPathway as MyPathway, TPathway as PathwayDetail } from '../../../../server/modules/pathways/pathways.schema';
export type { CertificationView } from '../certifications/types';

import type { TMyPathway } from '../../../../server/modules/pathways/pathways.schema';

/** `GET /api/me/pathways`. */
export interface MyPathwaysResponse {
  items: TMyPathway[];
}
