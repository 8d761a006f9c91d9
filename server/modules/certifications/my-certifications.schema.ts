import { z } from 'zod';
import { ZPaged, ZPageQuery } from '../../lib/pagination';

/**
 * `GET /api/certifications/mine`: the records whose VAE enrichment the caller's certificateur
 * organisations may edit, a page at a time.
 */
export const ZMyCertificationsQuerySchema = z.strictObject({ ...ZPageQuery });
export type TMyCertificationsQuery = z.infer<typeof ZMyCertificationsQuerySchema>;

/** Why an organisation may edit a record: an admin made it a manager, or its SIRET certifies it. */
export const ZMyCertificationReasonSchema = z.enum(['manager', 'siret']);
export type TMyCertificationReason = z.infer<typeof ZMyCertificationReasonSchema>;

export const ZMyCertificationSchema = z.object({
  code: z.string(),
  title: z.string(),
  level: z.number().int().nullable(),
  active: z.boolean(),
  vaeOpen: z.boolean(),
  /** `manager` before `siret` when both hold. */
  why: z.array(ZMyCertificationReasonSchema).min(1),
  /** When the VAE enrichment was last written; null when the record has none. */
  enrichmentUpdatedAt: z.iso.datetime().nullable(),
  /** When a person last edited it; null while it holds only the platform's reference data. */
  editedAt: z.iso.datetime().nullable(),
});
export type TMyCertification = z.infer<typeof ZMyCertificationSchema>;

export const ZMyCertificationsResponseSchema = ZPaged(ZMyCertificationSchema);
export type TMyCertificationsResponse = z.infer<typeof ZMyCertificationsResponseSchema>;
