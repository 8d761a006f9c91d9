import { and, desc, eq, inArray } from 'drizzle-orm';
import type { ComplaintStatus } from '../../../../common/satisfaction';
import type { Database } from '../../../db/client';
import { complaintEvents, complaints } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { queueEmail } from '../../mailbox/queue-email';
import { candidateContact, presentComplaints } from '../complaints.store';
import { assertWorksFor } from '../satisfaction.policy';
import type { TComplaint } from '../satisfaction.schema';

/** The structure's complaints, open ones first by age; filtered by status when asked. */
export async function listComplaints(opts: { database: Database; clock: Clock; principal: Principal; organisationId: string; status?: ComplaintStatus[] | undefined }): Promise<TComplaint[]> {
  assertWorksFor(opts.principal, opts.organisationId);
  const db = opts.database.db;
  const rows = await db
    .select()
    .from(complaints)
    .where(and(eq(complaints.organisationId, opts.organisationId), opts.status?.length ? inArray(complaints.status, opts.status) : undefined))
    .orderBy(desc(complaints.receivedAt));
  const open = (s: ComplaintStatus) => (s === 'closed' || s === 'answered' ? 1 : 0);
  const sorted = [...rows].sort((a, b) => open(a.status) - open(b.status) || a.receivedAt.getTime() - b.receivedAt.getTime());
  return presentComplaints(db, sorted, opts.clock.now());
}

type Step = 'acknowledge' | 'answer' | 'close';
const STEP: Record<Step, { from: ComplaintStatus; to: ComplaintStatus; event: 'complaint.acknowledged' | 'complaint.answered' | 'complaint.closed' }> = {
  acknowledge: { from: 'received', to: 'acknowledged', event: 'complaint.acknowledged' },
  answer: { from: 'acknowledged', to: 'answered', event: 'complaint.answered' },
  close: { from: 'answered', to: 'closed', event: 'complaint.closed' },
};

/**
 * Moves a complaint one step (received → acknowledged → answered → closed), only for the
 * organisation concerned, under a row lock; the candidate is told by email at each step.
 */
export async function advanceComplaint(opts: { database: Database; clock: Clock; principal: Principal; id: string; step: Step; text?: string | undefined }): Promise<TComplaint> {
  const db = opts.database.db;
  const now = opts.clock.now();
  const step = STEP[opts.step];
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(complaints).where(eq(complaints.id, opts.id)).for('update');
    if (!row) throw new AppError('NOT_FOUND', 'Réclamation introuvable.');
    assertWorksFor(opts.principal, row.organisationId);
    if (row.status !== step.from) throw new AppError('COMPLAINT_STATUS_INVALID', `Cette réclamation est « ${label(row.status)} » : cette action n’est possible qu’à l’étape « ${label(step.from)} ».`, { status: row.status });
    const stamp = opts.step === 'acknowledge' ? { acknowledgedAt: now } : opts.step === 'answer' ? { answeredAt: now, answer: opts.text ?? '' } : { closedAt: now };
    await tx.update(complaints).set({ status: step.to, ...stamp, updatedAt: now }).where(eq(complaints.id, row.id));
    const userId = opts.principal.type === 'user' ? opts.principal.user.id : null;
    await tx.insert(complaintEvents).values({ complaintId: row.id, status: step.to, note: opts.step === 'answer' ? null : (opts.text ?? null), byUserId: userId, at: now });
    const who = await candidateContact(tx, row.candidateId);
    if (who.email && opts.step !== 'close') {
      const lines = opts.step === 'acknowledge' ? ['Votre réclamation est prise en compte par la structure concernée. Une réponse vous sera apportée.'] : ['La structure concernée a répondu à votre réclamation :', '', opts.text ?? ''];
      await queueEmail(tx, opts.clock, { to: [who.email], subject: `Votre réclamation : ${row.subject}`, text: [`Bonjour ${who.firstName},`, '', ...lines, '', 'Retrouvez-la dans votre espace, rubrique « Mes réclamations ».'].join('\n') });
    }
    await recordAudit(tx, { actor: actorOf(opts.principal, row.organisationId), at: now, eventType: step.event, entityType: 'complaint', entityId: row.id, details: { from: row.status, to: step.to } });
  });
  const rows = await db.select().from(complaints).where(eq(complaints.id, opts.id));
  const [out] = await presentComplaints(db, rows, now);
  if (!out) throw new AppError('NOT_FOUND');
  return out;
}

const LABELS: Record<ComplaintStatus, string> = { received: 'reçue', acknowledged: 'prise en compte', answered: 'répondue', closed: 'close' };
const label = (s: ComplaintStatus) => LABELS[s];
