import { addDays, format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { assistances, commitments } from '../../db/schema';
import { defineJob } from '../../jobs/queue';
import { queueEmail } from '../mailbox/queue-email';
import { dayOf } from './assistance.store';
import { candidateEmailOf } from './features/commitments';

/** How many days before its due date a commitment is recalled to the candidate. */
export const REMINDER_DAYS_BEFORE = 3;

/**
 * Recalls each open commitment to the candidate once, a few days before it is due (seed 004:
 * "joindre régulièrement le candidat pour lui rappeler ses engagements et l'encourager").
 */
export function commitmentRemindersJob(publicUrl: string) {
  return defineJob({
    name: 'assistance.commitment_reminders',
    schema: z.object({}),
    handler: async (_payload, { database, clock }) => {
      const now = clock.now();
      const due = await database.db
        .select({ c: commitments, pathwayId: assistances.pathwayId })
        .from(commitments)
        .innerJoin(assistances, eq(assistances.id, commitments.assistanceId))
        .where(and(eq(commitments.status, 'open'), isNull(commitments.remindedAt), eq(assistances.status, 'open'), gte(commitments.dueOn, dayOf(now)), lte(commitments.dueOn, dayOf(addDays(now, REMINDER_DAYS_BEFORE)))));
      for (const { c, pathwayId } of due) {
        await database.db.transaction(async (tx) => {
          const to = await candidateEmailOf(tx, pathwayId);
          if (to) {
            await queueEmail(tx, clock, {
              to: [to],
              subject: 'Rappel : un engagement arrive à échéance',
              text: [`Vous vous êtes engagé à : « ${c.label} », pour le ${format(new Date(`${c.dueOn}T12:00:00Z`), 'd MMMM yyyy', { locale: fr })}.`, 'Vous y êtes presque : si quelque chose vous en empêche, prévenez votre référent, il est là pour vous aider.', '', `Votre parcours : ${new URL('/mon-parcours', publicUrl).toString()}`].join('\n'),
            });
          }
          await tx.update(commitments).set({ remindedAt: now }).where(eq(commitments.id, c.id));
        });
      }
    },
  });
}
