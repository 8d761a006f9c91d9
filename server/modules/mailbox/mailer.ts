import nodemailer from 'nodemailer';
import type { EmailAttachment } from '../../db/schema';

export interface OutgoingEmail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  attachments: EmailAttachment[];
}

/** Sends through SMTP. Without SMTP_URL there is no mailer and messages stay in the local mailbox. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

export function createSmtpMailer(smtpUrl: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(email) {
      const info = await transport.sendMail({
        from: email.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
        attachments: email.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.content, 'base64'),
        })),
      });
      return { messageId: String(info.messageId) };
    },
    close: () => transport.close(),
  };
}
