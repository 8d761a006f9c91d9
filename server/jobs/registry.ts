import { and, isNotNull, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { authTokens, sessions } from '../db/schema';
import { createAppointmentReminderJob } from '../modules/appointments/appointment-reminder.job';
import { commitmentRemindersJob } from '../modules/assistance/commitment-reminders.job';
import { importCertificationsJob } from '../modules/certifications/import-certifications.job';
import type { Mailer } from '../modules/mailbox/mailer';
import { createSendEmailJob } from '../modules/mailbox/send-email.job';
import { referralRemindersJob } from '../modules/network/referral-reminders.job';
import { createSendQuestionnaireJob } from '../modules/satisfaction/send-questionnaire.job';
import { databaseMaintenanceJob } from './database-maintenance.job';
import { defineJob, type JobDefinition, type Schedule } from './queue';

const RETENTION_DAYS = 7;

/** Expired sessions and used links are kept a week (for investigation), then removed. */
export const purgeExpiredAuthJob = defineJob({
  name: 'auth.purge_expired',
  schema: z.object({}),
  handler: async (_payload, { database, clock }) => {
    const cutoff = new Date(clock.now().getTime() - RETENTION_DAYS * 86_400_000);
    await database.db.delete(sessions).where(or(lt(sessions.expiresAt, cutoff), and(isNotNull(sessions.revokedAt), lt(sessions.revokedAt, cutoff))));
    await database.db.delete(authTokens).where(lt(authTokens.expiresAt, cutoff));
  },
});

export function buildJobs(opts: { mailer: Mailer | null; mailFrom: string; publicUrl: string }): { definitions: JobDefinition[]; schedules: Schedule[] } {
  const reminders = commitmentRemindersJob(opts.publicUrl);
  const referralReminders = referralRemindersJob(opts.publicUrl);
  const definitions: JobDefinition[] = [createSendEmailJob({ mailer: opts.mailer, from: opts.mailFrom }), purgeExpiredAuthJob, importCertificationsJob, reminders, referralReminders, createAppointmentReminderJob(opts.publicUrl), createSendQuestionnaireJob(opts.publicUrl), databaseMaintenanceJob];
  return {
    definitions,
    schedules: [
      { definition: purgeExpiredAuthJob, everyMinutes: 60 },
      { definition: reminders, everyMinutes: 60 },
      { definition: referralReminders, everyMinutes: 60 },
      { definition: databaseMaintenanceJob, everyMinutes: 24 * 60 },
    ],
  };
}
