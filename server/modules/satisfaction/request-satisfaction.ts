import { SATISFACTION_VERSION, type SatisfactionContext } from '../../../common/satisfaction';
import type { Executor } from '../../db/client';
import { satisfactionRequests } from '../../db/schema';
import { enqueue } from '../../jobs/queue';
import type { Clock } from '../../lib/clock';
import { actorOf } from '../../lib/principal';
import { recordAudit } from '../audit/record-audit';
import { sendQuestionnaireJobDefinition } from './send-questionnaire.job';

/**
 * Records that a questionnaire is due and enqueues its sending, in the caller's transaction: the
 * end of an assistance and the professional's explicit action both come through here. The link is
 * made by the job (which knows the public address), so a rolled-back change sends nothing.
 */
export async function requestSatisfaction(
  tx: Executor,
  clock: Clock,
  input: { pathwayId: string; organisationId: string; context: SatisfactionContext; assistanceId?: string | null; requestedByUserId: string | null },
): Promise<string> {
  const now = clock.now();
  const [row] = await tx
    .insert(satisfactionRequests)
    .values({ pathwayId: input.pathwayId, organisationId: input.organisationId, context: input.context, assistanceId: input.assistanceId ?? null, questionnaireVersion: SATISFACTION_VERSION, requestedByUserId: input.requestedByUserId, createdAt: now })
    .returning({ id: satisfactionRequests.id });
  if (!row) throw new Error('satisfaction request insert returned nothing');
  await enqueue(tx, clock, sendQuestionnaireJobDefinition, { requestId: row.id }, { idempotencyKey: `satisfaction.send:${row.id}` });
  await recordAudit(tx, { actor: { ...actorOf(null, input.organisationId), userId: input.requestedByUserId }, at: now, eventType: 'satisfaction.requested', entityType: 'satisfaction_request', entityId: row.id, details: { pathwayId: input.pathwayId, context: input.context, assistanceId: input.assistanceId ?? null } });
  return row.id;
}
