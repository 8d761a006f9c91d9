import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { memberships, users, yearlyReports } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { queueEmail } from '../../mailbox/queue-email';
import { REPORT_FUNDERS } from '../reports.policy';
import type { TReport } from '../reports.schema';
import { changeReport } from './change-report';

/**
 * « Envoyer »: the signed report becomes visible to the commanditaire (masked figures), whose
 * people are told by email through the outbox, in the same transaction.
 */
export async function sendReport(opts: { database: Database; clock: Clock; principal: Principal; id: string; publicUrl: string }): Promise<TReport> {
  const now = opts.clock.now();
  return changeReport(opts.database, opts.principal, opts.id, async (tx, { row, content }) => {
    if (row.status === 'draft') throw new AppError('REPORT_NOT_SIGNED');
    if (row.status === 'sent') throw new AppError('REPORT_ALREADY_SENT');
    await tx.update(yearlyReports).set({ status: 'sent', sentAt: now, sentByUserId: actorOf(opts.principal).userId, updatedAt: now }).where(eq(yearlyReports.id, row.id));
    const recipients = await tx
      .selectDistinct({ email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, row.commanditaireId), inArray(memberships.role, REPORT_FUNDERS), isNull(users.disabledAt)));
    if (recipients.length) {
      await queueEmail(tx, opts.clock, {
        to: recipients.map((r) => r.email),
        subject: `Rapport annuel ${row.year} reçu — ${content.party.name}`,
        text: `${content.party.name} vous a transmis son rapport annuel ${row.year}, signé par ${row.signedByName ?? 'la direction'}.\nConsultez-le : ${new URL('/rapports', opts.publicUrl).toString()}`,
      });
    }
    await recordAudit(tx, { actor: actorOf(opts.principal), at: now, eventType: 'report.sent', entityType: 'yearly_report', entityId: row.id, details: { commanditaireId: row.commanditaireId, recipients: recipients.length, sha256: row.contentSha256 } });
  });
}
