import { z } from 'zod';
import type { Executor } from '../../db/client';
import { emails, type EmailAttachment } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { enqueue } from '../../jobs/queue';
import { sendEmailJobDefinition } from './send-email.job';

export interface EmailToQueue {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
}

/**
 * Writes the message to the outbox and enqueues its sending in the caller's transaction, so an
 * email exists only for a change that committed. Returns the outbox id.
 */
export async function queueEmail(exec: Executor, clock: Clock, email: EmailToQueue): Promise<string> {
  const [row] = await exec
    .insert(emails)
    .values({
      recipients: email.to,
      subject: email.subject,
      bodyText: email.text,
      bodyHtml: email.html ?? null,
      attachments: email.attachments ?? [],
      createdAt: clock.now(),
    })
    .returning({ id: emails.id });
  if (!row) throw new Error('email insert returned nothing');
  await enqueue(exec, clock, sendEmailJobDefinition, { emailId: row.id }, { idempotencyKey: `email.send:${row.id}` });
  return row.id;
}

export const ZEmailIdPayload = z.object({ emailId: z.string().uuid() });
