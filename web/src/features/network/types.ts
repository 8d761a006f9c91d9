/**
 * Types of the network API as the web app reads it, inferred from the server's zod schemas
 * (type-only imports: nothing of the server reaches the bundle).
 */
import type { z } from 'zod';
import type { ZLinkView } from '../../../../server/modules/network/network.schema';

export type { TEntry as Entry, TImportReport as ImportReport, TReferral as Referral } from '../../../../server/modules/network/network.schema';
export type LinkView = z.infer<typeof ZLinkView>;

/** Splits "14, 50 61" into département codes. */
export function departementList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
}
