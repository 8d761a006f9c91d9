/**
 * Types of the appointments API as the web app reads it, inferred from the server's zod schemas
 * (type-only imports: nothing of the server reaches the bundle).
 */
import type { TAppointment, TAppointmentSummary } from '../../../../server/modules/appointments/appointments.schema';

export type { TAppointment as Appointment, TAppointmentSummary as AppointmentSummary } from '../../../../server/modules/appointments/appointments.schema';
export type { TLivret as Livret, TLivretEvent as LivretEvent } from '../../../../server/modules/appointments/livret.schema';
export type Participant = TAppointmentSummary['participants'][number];
export type Report = NonNullable<TAppointment['report']>;
