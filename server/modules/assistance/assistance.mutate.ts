import type { AuditEventType } from '../../../common/audit-events';
import type { Database, Executor } from '../../db/client';
import { assistances } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { actorOf, type Principal } from '../../lib/principal';
import { recordAudit } from '../audit/record-audit';
import { eq } from 'drizzle-orm';
import { assertCanOnAssistance, type AssistanceAction } from './assistance.policy';
import type { TAssistance } from './assistance.schema';
import { loadAssistance, type LoadedAssistance } from './assistance.store';
import { presentAssistance } from './assistance.view';

export interface MutationContext {
  tx: Executor;
  loaded: LoadedAssistance;
  now: Date;
}

/**
 * One change to an assistance: lock it, check the right, apply, audit, all in one transaction
 * (a refusal changes nothing), then answer with the view the person may see.
 */
export async function mutateAssistance(opts: {
  database: Database;
  clock: Clock;
  principal: Principal;
  id: string;
  action?: AssistanceAction;
  event: AuditEventType;
  apply: (ctx: MutationContext) => Promise<Record<string, unknown>>;
}): Promise<TAssistance> {
  const now = opts.clock.now();
  await opts.database.db.transaction(async (tx) => {
    const loaded = await loadAssistance(tx, opts.id, { forUpdate: true });
    assertCanOnAssistance(opts.principal, loaded.access, opts.action ?? 'edit');
    const details = await opts.apply({ tx, loaded, now });
    await tx.update(assistances).set({ updatedAt: now }).where(eq(assistances.id, opts.id));
    await recordAudit(tx, { actor: actorOf(opts.principal, loaded.row.organisationId), at: now, eventType: opts.event, entityType: 'assistance', entityId: opts.id, details });
  });
  return presentAssistance(opts.database.db, opts.id, opts.principal, now);
}
