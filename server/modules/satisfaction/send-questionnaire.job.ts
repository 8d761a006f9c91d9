import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { SATISFACTION_CONTEXT_LABELS } from '../../../common/satisfaction';
import { candidates, organisations, pathways, satisfactionRequests, users } from '../../db/schema';
import { defineJob, type JobDefinition } from '../../jobs/queue';
import { randomToken, hashToken } from '../../lib/tokens';
import { recordAudit } from '../audit/record-audit';
import { queueEmail } from '../mailbox/queue-email';
import { frenchDate, loadSatisfactionDelays, questionnairePath } from './satisfaction.store';

const ZPayload = z.object({ requestId: z.string().uuid() });

/** The definition used to enqueue (name + payload schema); the handler is bound at start-up. */
export const sendQuestionnaireJobDefinition = defineJob({
  name: 'satisfaction.send_questionnaire',
  schema: ZPayload,
  handler: async () => {
    throw new Error('satisfaction.send_questionnaire handler is bound by createSendQuestionnaireJob');
  },
});

/**
 * Makes the single-use link and emails it. Only a request still 'queued' is handled, and it leaves
 * that state in the same transaction as the email enters the outbox, so a retried job never sends
 * a second link.
 */
export function createSendQuestionnaireJob(publicUrl: string): JobDefinition<typeof ZPayload> {
  return defineJob({
    ...sendQuestionnaireJobDefinition,
    handler: async ({ requestId }, { database, clock }) => {
      const now = clock.now();
      const delays = await loadSatisfactionDelays(database.db);
      await database.db.transaction(async (tx) => {
        const [request] = await tx.select().from(satisfactionRequests).where(eq(satisfactionRequests.id, requestId)).for('update');
        if (!request || request.status !== 'queued') return;
        const [who] = await tx
          .select({ firstName: candidates.firstName, candidateEmail: candidates.email, accountEmail: users.email })
          .from(pathways)
          .innerJoin(candidates, eq(candidates.id, pathways.candidateId))
          .leftJoin(users, eq(users.id, candidates.userId))
          .where(eq(pathways.id, request.pathwayId));
        const to = who?.accountEmail ?? who?.candidateEmail ?? null;
        const audit = { actor: { userId: null, organisationId: request.organisationId }, at: now, entityType: 'satisfaction_request', entityId: request.id } as const;
        if (!to) {
          await tx.update(satisfactionRequests).set({ status: 'no_recipient' }).where(eq(satisfactionRequests.id, request.id));
          await recordAudit(tx, { ...audit, eventType: 'satisfaction.sent', details: { sent: false, reason: 'no_email' } });
          return;
        }
        const [structure] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, request.organisationId));
        const token = randomToken();
        const expiresAt = new Date(now.getTime() + delays.expiryDays * 86_400_000);
        await tx.update(satisfactionRequests).set({ status: 'sent', tokenHash: hashToken(token), sentTo: to, sentAt: now, expiresAt }).where(eq(satisfactionRequests.id, request.id));
        await queueEmail(tx, clock, {
          to: [to],
          subject: 'Votre avis sur votre accompagnement VAE',
          text: [
            `Bonjour ${who?.firstName ?? ''},`.replace(' ,', ','),
            '',
            `${SATISFACTION_CONTEXT_LABELS[request.context]} avec ${structure?.name ?? 'votre structure'} : votre avis nous aide à améliorer l’accompagnement des candidats à la VAE.`,
            `Le questionnaire prend quelques minutes. Il se remplit une seule fois, sans compte, jusqu’au ${frenchDate(expiresAt)} :`,
            new URL(questionnairePath(token), publicUrl).toString(),
            '',
            'Vous pouvez aussi y déposer une réclamation si quelque chose ne s’est pas bien passé.',
          ].join('\n'),
        });
        await recordAudit(tx, { ...audit, eventType: 'satisfaction.sent', details: { sent: true, expiresAt: expiresAt.toISOString() } });
      });
    },
  });
}
