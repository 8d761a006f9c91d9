import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { emails, jobs } from '../../db/schema';
import { runDueJobs } from '../../jobs/queue';
import { FixedClock } from '../../lib/clock';
import { createTestDatabase } from '../../test/test-database';
import { createSmtpMailer } from './mailer';
import { queueEmail } from './queue-email';
import { createSendEmailJob } from './send-email.job';

interface Received {
  to: string[];
  raw: string;
}

let database: Database;
let smtp: SMTPServer;
let port: number;
const received: Received[] = [];
let refuseNext = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  // A real SMTP server on loopback: Jalon speaks SMTP to it exactly as to a production relay.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refuseNext > 0) {
          refuseNext--;
          callback(new Error('451 Try again later'));
          return;
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.close();
});

describe('email outbox', () => {
  it('sends through SMTP with attachments and records the delivery', async () => {
    const clock = new FixedClock('2026-06-01T08:00:00Z');
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`);
    const job = createSendEmailJob({ mailer, from: 'Jalon <no-reply@jalon.test>' });
    const id = await database.db.transaction((tx) =>
      queueEmail(tx, clock, {
        to: ['camille@exemple.test'],
        subject: 'Convocation à votre rendez-vous',
        text: 'Bonjour Camille, votre rendez-vous est confirmé.',
        attachments: [{ filename: 'rdv.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n').toString('base64') }],
      }),
    );
    await runDueJobs({ database, clock, definitions: [job] });
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['camille@exemple.test']);
    expect(received[0]?.raw).toMatch(/^Subject: .*Convocation/m);
    expect(received[0]?.raw).toMatch(/rdv\.ics/);
    const [row] = await database.db.select().from(emails).where(eq(emails.id, id));
    expect(row).toMatchObject({ status: 'sent', sentAt: clock.now() });
    expect(row?.messageId).toBeTruthy();
    mailer.close();
  });

  it('a retried or duplicated job does not send twice', async () => {
    received.length = 0;
    const clock = new FixedClock('2026-06-01T09:00:00Z');
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`);
    const job = createSendEmailJob({ mailer, from: 'Jalon <no-reply@jalon.test>' });
    refuseNext = 1;
    const id = await queueEmail(database.db, clock, { to: ['yanis@exemple.test'], subject: 'Rappel', text: 'Rappel de rendez-vous' });
    await runDueJobs({ database, clock, definitions: [job] });
    expect(received).toHaveLength(0);
    const [afterFailure] = await database.db.select().from(emails).where(eq(emails.id, id));
    expect(afterFailure?.status).toBe('queued');
    expect(afterFailure?.error).toMatch(/451/);
    clock.advanceMinutes(1);
    await runDueJobs({ database, clock, definitions: [job] });
    expect(received).toHaveLength(1);
    // The same job run again (a crash between sending and acknowledging) must not send again.
    await database.db.update(jobs).set({ status: 'pending', runAt: clock.now() }).where(eq(jobs.idempotencyKey, `email.send:${id}`));
    await runDueJobs({ database, clock, definitions: [job] });
    expect(received).toHaveLength(1);
    mailer.close();
  });

  it('keeps messages in the local mailbox when no SMTP is configured', async () => {
    const clock = new FixedClock('2026-06-01T10:00:00Z');
    const job = createSendEmailJob({ mailer: null, from: 'Jalon <no-reply@jalon.test>' });
    const id = await queueEmail(database.db, clock, { to: ['lea@exemple.test'], subject: 'Bienvenue', text: 'Bienvenue' });
    await runDueJobs({ database, clock, definitions: [job] });
    const [row] = await database.db.select().from(emails).where(eq(emails.id, id));
    expect(row?.status).toBe('stored');
  });

  it('marks the message failed after the last attempt', async () => {
    const clock = new FixedClock('2026-06-01T11:00:00Z');
    const mailer = createSmtpMailer('smtp://127.0.0.1:1');
    const job = createSendEmailJob({ mailer, from: 'x@jalon.test' });
    const id = await queueEmail(database.db, clock, { to: ['perdu@exemple.test'], subject: 'Perdu', text: 'x' });
    await database.db.update(jobs).set({ maxAttempts: 1 }).where(eq(jobs.idempotencyKey, `email.send:${id}`));
    await runDueJobs({ database, clock, definitions: [job] });
    const [row] = await database.db.select().from(emails).where(eq(emails.id, id));
    expect(row?.status).toBe('failed');
    expect(row?.error).toBeTruthy();
    mailer.close();
  });
});
