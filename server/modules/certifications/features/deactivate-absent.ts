import { and, eq, isNull, not, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { anyText } from '../../../db/any-of';
import { certifications } from '../../../db/schema/certifications';
import type { CertificationKind } from '../../../db/schema/certifications';

/**
 * How many active records a full export may leave out before the import stops short of
 * deactivating them: a file taken for the complete export by mistake (the command line takes every
 * file for one unless told `--partial`) would otherwise deactivate most of the catalogue. A daily
 * export drops a few dozen records; a first full import over an old catalogue, a few per cent.
 */
export interface DeactivationGuard {
  /** Never stops for fewer absent records than this. */
  minRecords: number;
  /** Stops when more than this share of the active imported records of the file's kinds are absent. */
  share: number;
}

export const DEFAULT_DEACTIVATION_GUARD: DeactivationGuard = { minRecords: 100, share: 0.2 };

export type DeactivationOutcome = { deactivated: number } | { skipped: { absent: number; active: number } };

/**
 * Records that came from an import, of the kinds the file covers, and missing from it. Seeded
 * records never came from the file, so a full import does not judge them. Over the guard's limit,
 * nothing is deactivated unless `force`.
 */
export async function deactivateAbsent(
  database: Database,
  opts: { kinds: CertificationKind[]; seen: string[]; now: Date; force: boolean; guard: DeactivationGuard },
): Promise<DeactivationOutcome> {
  const active = and(eq(certifications.source, 'import'), isNull(certifications.deactivatedAt), anyText(certifications.kind, opts.kinds));
  const absent = not(anyText(certifications.code, opts.seen));
  return database.db.transaction(async (tx) => {
    if (!opts.force) {
      const [counts] = await tx
        .select({ absent: sql<number>`count(*) FILTER (WHERE ${absent})::int`, active: sql<number>`count(*)::int` })
        .from(certifications)
        .where(active);
      const { absent: absentCount, active: activeCount } = counts ?? { absent: 0, active: 0 };
      if (absentCount > opts.guard.minRecords && absentCount > opts.guard.share * activeCount) {
        return { skipped: { absent: absentCount, active: activeCount } };
      }
    }
    const rows = await tx
      .update(certifications)
      .set({ active: false, deactivatedAt: opts.now, updatedAt: opts.now })
      .where(and(active, absent))
      .returning({ code: certifications.code });
    return { deactivated: rows.length };
  });
}
