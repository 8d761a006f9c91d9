import { eq } from 'drizzle-orm';
import { SATISFACTION_QUESTIONS, SATISFACTION_VERSION } from '../../../../common/satisfaction';
import type { Database } from '../../../db/client';
import { organisations, pathways, satisfactionAnswers, satisfactionRequests } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { recordAudit } from '../../audit/record-audit';
import { candidateContact, insertComplaint } from '../complaints.store';
import { checkAnswers } from '../questionnaire-rules';
import type { TQuestionnaireAnswer } from '../satisfaction.schema';
import { resolveQuestionnaireLink } from '../satisfaction.store';

/** What the candidate sees through the link: who asks, and the questions (no personal data). */
export async function viewQuestionnaire(opts: { database: Database; clock: Clock; token: string }) {
  const db = opts.database.db;
  const request = await resolveQuestionnaireLink(db, opts.token, opts.clock.now());
  const [structure] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, request.organisationId));
  return {
    structureName: structure?.name ?? '',
    context: request.context,
    version: request.questionnaireVersion,
    questions: SATISFACTION_QUESTIONS.map((q) => ({ id: q.id, kind: q.kind, label: q.label, hint: q.hint ?? null, required: q.required })),
    expiresAt: (request.expiresAt ?? opts.clock.now()).toISOString(),
  };
}

/**
 * The candidate answers once, without an account. The link is checked again under a row lock, so
 * two submissions at the same moment store one set of answers; a refused answer changes nothing.
 * A complaint written at the end is filed in the same transaction, about the structure that asked.
 */
export async function answerQuestionnaire(opts: { database: Database; clock: Clock; token: string; input: TQuestionnaireAnswer }): Promise<{ answeredAt: string; complaintId: string | null }> {
  const now = opts.clock.now();
  await resolveQuestionnaireLink(opts.database.db, opts.token, now);
  const { rows, errors } = checkAnswers(opts.input.answers);
  if (Object.keys(errors).length) throw new AppError('VALIDATION_FAILED', 'Certaines réponses manquent ou ne sont pas valides.', { fields: errors });
  return opts.database.db.transaction(async (tx) => {
    const request = await resolveQuestionnaireLink(tx, opts.token, now, true);
    if (request.questionnaireVersion !== SATISFACTION_VERSION) throw new AppError('SATISFACTION_LINK_EXPIRED', 'Ce questionnaire a été remplacé par une nouvelle version : il ne peut plus être rempli.');
    await tx.insert(satisfactionAnswers).values(rows.map((r) => ({ ...r, requestId: request.id })));
    await tx.update(satisfactionRequests).set({ status: 'answered', answeredAt: now }).where(eq(satisfactionRequests.id, request.id));
    await recordAudit(tx, { actor: { userId: null, organisationId: request.organisationId }, at: now, eventType: 'satisfaction.answered', entityType: 'satisfaction_request', entityId: request.id, details: { version: request.questionnaireVersion, questions: rows.length } });
    let complaintId: string | null = null;
    if (opts.input.complaint) {
      const [pathway] = await tx.select({ candidateId: pathways.candidateId }).from(pathways).where(eq(pathways.id, request.pathwayId));
      if (!pathway) throw new AppError('NOT_FOUND', 'Parcours introuvable.');
      const who = await candidateContact(tx, pathway.candidateId);
      complaintId = await insertComplaint(tx, opts.clock, { candidateId: pathway.candidateId, organisationId: request.organisationId, pathwayId: request.pathwayId, satisfactionRequestId: request.id, subject: opts.input.complaint.subject, body: opts.input.complaint.body, byUserId: who.userId });
    }
    return { answeredAt: now.toISOString(), complaintId };
  });
}
