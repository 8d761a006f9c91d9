import { eq } from 'drizzle-orm';
import type { AuditEventType } from '../../../common/audit-events';
import type { Database, Executor } from '../../db/client';
import { appointments } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { actorOf, type Principal } from '../../lib/principal';
import { recordAudit } from '../audit/record-audit';
import { assertCanOnAppointment, type AppointmentAction } from './appointments.policy';
import type { TAppointment } from './appointments.schema';
import { loadAppointment, type LoadedAppointment } from './appointments.store';
import { presentAppointment } from './appointments.view';

export interface AppointmentChange {
  tx: Executor;
  loaded: LoadedAppointment;
  now: Date;
}

/**
 * One change to an appointment: lock it, check the right, apply, audit, in one transaction (a
 * refusal changes nothing), then answer with the view the person may see.
 */
export async function mutateAppointment(opts: {
  database: Database;
  clock: Clock;
  principal: Principal;
  id: string;
  action?: AppointmentAction;
  /** A cancelled appointment is history: only reading it remains. */
  allowCancelled?: boolean;
  event: AuditEventType;
  apply: (ctx: AppointmentChange) => Promise<Record<string, unknown>>;
}): Promise<TAppointment> {
  const now = opts.clock.now();
  await opts.database.db.transaction(async (tx) => {
    const loaded = await loadAppointment(tx, opts.id, { forUpdate: true });
    assertCanOnAppointment(opts.principal, loaded.access, opts.action ?? 'edit');
    if (loaded.row.status === 'cancelled' && !opts.allowCancelled) throw new AppError('APPOINTMENT_CANCELLED');
    const details = await opts.apply({ tx, loaded, now });
    await tx.update(appointments).set({ updatedAt: now }).where(eq(appointments.id, opts.id));
    await recordAudit(tx, { actor: actorOf(opts.principal, loaded.row.organisationId), at: now, eventType: opts.event, entityType: 'appointment', entityId: opts.id, details });
  });
  return presentAppointment(opts.database.db, await loadAppointment(opts.database.db, opts.id), opts.principal, now);
}
