import type { Database } from '../../../db/client';
import { meetingReports } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { mutateAppointment } from '../appointments.mutate';
import type { TAppointment, TReportInput } from '../appointments.schema';

/** The professional writes (or corrects) the report of an appointment that has taken place. */
export async function writeMeetingReport(opts: { database: Database; clock: Clock; principal: Principal; id: string; input: TReportInput }): Promise<TAppointment> {
  const me = opts.principal.type === 'user' ? opts.principal.user.id : null;
  return mutateAppointment({
    ...opts,
    event: 'appointment.report_written',
    apply: async ({ tx, loaded, now }) => {
      if (now.getTime() < loaded.row.startsAt.getTime()) throw new AppError('APPOINTMENT_NOT_STARTED', 'Le compte rendu s’écrit une fois le rendez-vous commencé.');
      const values = { ...opts.input, writtenByUserId: me, updatedAt: now };
      await tx
        .insert(meetingReports)
        .values({ appointmentId: loaded.row.id, writtenAt: now, ...values })
        .onConflictDoUpdate({ target: meetingReports.appointmentId, set: values });
      return { fields: Object.entries(opts.input).filter(([, v]) => v.length > 0).map(([k]) => k) };
    },
  });
}
