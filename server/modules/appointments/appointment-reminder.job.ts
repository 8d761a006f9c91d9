import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client';
import { appointmentParticipants, appointments } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { defineJob, enqueue, type JobDefinition } from '../../jobs/queue';
import { queueAppointmentNotice } from './appointment-notices';
import type { AppointmentRow } from './appointments.store';

const ZPayload = z.object({ appointmentId: z.string().uuid(), sequence: z.number().int().min(0) });

export const appointmentReminderJobDefinition = defineJob({
  name: 'appointments.reminder',
  schema: ZPayload,
  handler: async () => {
    throw new Error('appointments.reminder handler is bound by createAppointmentReminderJob');
  },
});

/**
 * Reminds the participants of one version of an appointment. A cancelled, moved (newer sequence)
 * or past appointment is not reminded; the notice's unique key per version makes a retried or
 * duplicated job send nothing the second time.
 */
export function createAppointmentReminderJob(publicUrl: string): JobDefinition<typeof ZPayload> {
  return defineJob({
    ...appointmentReminderJobDefinition,
    handler: async ({ appointmentId, sequence }, { database, clock }) => {
      await database.db.transaction(async (tx) => {
        const [row] = await tx.select().from(appointments).where(eq(appointments.id, appointmentId)).for('update');
        if (!row || row.status !== 'scheduled' || row.sequence !== sequence || row.startsAt.getTime() <= clock.now().getTime()) return;
        const participants = await tx.select().from(appointmentParticipants).where(eq(appointmentParticipants.appointmentId, appointmentId));
        await queueAppointmentNotice(tx, clock, { row, participants, kind: 'reminder', publicUrl });
      });
    },
  });
}

/** Plans the reminder of this version of the appointment, unless its time is already past. */
export async function planReminder(exec: Executor, clock: Clock, row: AppointmentRow): Promise<void> {
  const runAt = new Date(row.startsAt.getTime() - row.reminderHoursBefore * 3600_000);
  if (runAt.getTime() <= clock.now().getTime()) return;
  await enqueue(exec, clock, appointmentReminderJobDefinition, { appointmentId: row.id, sequence: row.sequence }, { runAt, idempotencyKey: `appointments.reminder:${row.id}:${row.sequence}` });
}
