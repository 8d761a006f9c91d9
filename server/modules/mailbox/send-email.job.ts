import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { emails } from '../../db/schema';
import { defineJob, type JobDefinition } from '../../jobs/queue';
import type { Mailer } from './mailer';

const ZPayload = z.object({ emailId: z.string().uuid() });

/** The definition used to enqueue (name + payload schema); the handler is bound at start-up. */
export const sendEmailJobDefinition = defineJob({
  name: 'email.send',
  schema: ZPayload,
  maxAttempts: 5,
  handler: async () => {
    throw new Error('email.send handler is bound by createSendEmailJob');
  },
});

/**
 * Sends one outbox message. Only a message still 'queued' is sent, and it leaves that state in
 * the same step, so a retried or duplicated job never sends twice.
 */
export function createSendEmailJob(opts: { mailer: Mailer | null; from: string }): JobDefinition<typeof ZPayload> {
  return defineJob({
    ...sendEmailJobDefinition,
    handler: async ({ emailId }, ctx) => {
      const { db } = ctx.database;
      const [email] = await db.select().from(emails).where(eq(emails.id, emailId));
      if (!email || email.status !== 'queued') return;
      if (!opts.mailer) {
        await db.update(emails).set({ status: 'stored', sentAt: ctx.clock.now() }).where(and(eq(emails.id, emailId), eq(emails.status, 'queued')));
        return;
      }
      try {
        const { messageId } = await opts.mailer.send({
          from: opts.from,
          to: email.recipients,
          subject: email.subject,
          text: email.bodyText,
          html: email.bodyHtml,
          attachments: email.attachments,
        });
        await db.update(emails).set({ status: 'sent', sentAt: ctx.clock.now(), messageId, error: null }).where(eq(emails.id, emailId));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        await db
          .update(emails)
          .set(ctx.isLastAttempt ? { status: 'failed', error: message } : { error: message })
          .where(eq(emails.id, emailId));
        throw err;
      }
    },
  });
}
