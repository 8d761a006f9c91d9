import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates, complaintEvents, complaints, organisations, users } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/record-audit';
import { queueEmail } from '../mailbox/queue-email';
import type { TComplaint } from './satisfaction.schema';
import { frenchDate } from './satisfaction.store';

export type ComplaintRow = typeof complaints.$inferSelect;

/** The email a candidate's messages go to: their account's, else the one on their file. */
export async function candidateContact(exec: Executor, candidateId: string): Promise<{ firstName: string; lastName: string; email: string | null; userId: string | null }> {
  const [row] = await exec
    .select({ firstName: candidates.firstName, lastName: candidates.lastName, fileEmail: candidates.email, accountEmail: users.email, userId: candidates.userId })
    .from(candidates)
    .leftJoin(users, eq(users.id, candidates.userId))
    .where(eq(candidates.id, candidateId));
  if (!row) throw new AppError('NOT_FOUND', 'Candidat introuvable.');
  return { firstName: row.firstName, lastName: row.lastName, email: row.accountEmail ?? row.fileEmail ?? null, userId: row.userId };
}

/**
 * Records a complaint with its first status, acknowledges receipt to the candidate by email and
 * audits it, all in the caller's transaction.
 */
export async function insertComplaint(
  tx: Executor,
  clock: Clock,
  input: { candidateId: string; organisationId: string; pathwayId: string | null; satisfactionRequestId: string | null; subject: string; body: string; byUserId: string | null },
): Promise<string> {
  const now = clock.now();
  const [row] = await tx
    .insert(complaints)
    .values({ candidateId: input.candidateId, organisationId: input.organisationId, pathwayId: input.pathwayId, satisfactionRequestId: input.satisfactionRequestId, subject: input.subject, body: input.body, receivedAt: now, updatedAt: now })
    .returning({ id: complaints.id });
  if (!row) throw new Error('complaint insert returned nothing');
  await tx.insert(complaintEvents).values({ complaintId: row.id, status: 'received', byUserId: input.byUserId, at: now });
  const who = await candidateContact(tx, input.candidateId);
  const [structure] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.organisationId));
  if (who.email) {
    await queueEmail(tx, clock, {
      to: [who.email],
      subject: `Accusé de réception de votre réclamation : ${input.subject}`,
      text: [
        `Bonjour ${who.firstName},`,
        '',
        `Votre réclamation du ${frenchDate(now)} est bien reçue. Elle est transmise à ${structure?.name ?? 'la structure concernée'}, seule à la lire avec vous.`,
        'Vous suivez son avancement (prise en compte, réponse) dans votre espace, rubrique « Mes réclamations ».',
      ].join('\n'),
    });
  }
  await recordAudit(tx, { actor: { userId: input.byUserId, organisationId: input.organisationId }, at: now, eventType: 'complaint.filed', entityType: 'complaint', entityId: row.id, details: { pathwayId: input.pathwayId, satisfactionRequestId: input.satisfactionRequestId } });
  return row.id;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function presentComplaints(exec: Executor, rows: ComplaintRow[], now: Date): Promise<TComplaint[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const events = await exec.select().from(complaintEvents).where(inArray(complaintEvents.complaintId, ids)).orderBy(asc(complaintEvents.at));
  const orgs = await exec.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, [...new Set(rows.map((r) => r.organisationId))]));
  const cands = await exec.select({ id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName }).from(candidates).where(inArray(candidates.id, [...new Set(rows.map((r) => r.candidateId))]));
  return rows.map((r) => {
    const c = cands.find((x) => x.id === r.candidateId);
    return {
      id: r.id,
      subject: r.subject,
      body: r.body,
      status: r.status,
      organisationId: r.organisationId,
      organisationName: orgs.find((o) => o.id === r.organisationId)?.name ?? '',
      pathwayId: r.pathwayId,
      candidateName: c ? `${c.firstName} ${c.lastName}` : '',
      answer: r.answer,
      receivedAt: r.receivedAt.toISOString(),
      acknowledgedAt: iso(r.acknowledgedAt),
      answeredAt: iso(r.answeredAt),
      closedAt: iso(r.closedAt),
      ageDays: Math.max(0, Math.floor((now.getTime() - r.receivedAt.getTime()) / 86_400_000)),
      history: events.filter((e) => e.complaintId === r.id).map((e) => ({ status: e.status, at: e.at.toISOString(), note: e.note })),
    };
  });
}
