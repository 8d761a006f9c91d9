import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { yearlyReports } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import type { TReport } from '../reports.schema';
import { changeReport } from './change-report';
import { contentSha256 } from '../reports.store';

/**
 * The director signs inside Jalon: the content (figures and narrative) is frozen as it stands, its
 * SHA-256 (canonical JSON) recorded with the signer and the instant, in one transaction with the
 * audit event. A signed report is never signed again nor edited.
 */
export async function signReport(opts: { database: Database; clock: Clock; principal: Principal; id: string }): Promise<TReport> {
  const { principal } = opts;
  const now = opts.clock.now();
  return changeReport(opts.database, principal, opts.id, async (tx, { row, content }) => {
    if (principal.type !== 'user') throw new AppError('FORBIDDEN', 'Seule une personne de la direction peut signer le rapport.');
    const signer = principal.user;
    if (row.status !== 'draft') throw new AppError('REPORT_NOT_DRAFT');
    const frozen = { ...content, qualitative: { ...content.qualitative, narrative: row.narrative } };
    const sha256 = contentSha256(frozen);
    await tx
      .update(yearlyReports)
      .set({ status: 'signed', content: frozen, contentSha256: sha256, signedByUserId: signer.id, signedByName: signer.displayName, signedAt: now, updatedAt: now })
      .where(eq(yearlyReports.id, row.id));
    await recordAudit(tx, { actor: actorOf(opts.principal), at: now, eventType: 'report.signed', entityType: 'yearly_report', entityId: row.id, details: { sha256, year: row.year } });
  });
}
