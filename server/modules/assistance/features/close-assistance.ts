import { eq } from 'drizzle-orm';
import type { AssistanceClosureReason } from '../../../../common/assistance';
import type { Database } from '../../../db/client';
import { assistances, pathways } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { mutateAssistance } from '../assistance.mutate';
import { requestSatisfaction } from '../../satisfaction/request-satisfaction';
import type { TAssistance } from '../assistance.schema';

export async function closeAssistance(opts: { database: Database; clock: Clock; principal: Principal; id: string; input: { reason: AssistanceClosureReason; outcome: string; candidateLastWord: string } }): Promise<TAssistance> {
  return mutateAssistance({
    ...opts,
    event: 'assistance.closed',
    apply: async ({ tx, loaded, now }) => {
      await tx
        .update(assistances)
        .set({ status: 'closed', closedAt: now, closureReason: opts.input.reason, closureOutcome: opts.input.outcome, candidateLastWord: opts.input.candidateLastWord || null })
        .where(eq(assistances.id, loaded.row.id));
      // Ends the two-year deadline of the pathway.
      await tx.update(pathways).set({ assistanceEndedAt: now, updatedAt: now }).where(eq(pathways.id, loaded.row.pathwayId));
      // Issue 6: the candidate is asked for their satisfaction, queued with the closure itself.
      await requestSatisfaction(tx, opts.clock, { pathwayId: loaded.row.pathwayId, organisationId: loaded.row.organisationId, context: 'assistance', assistanceId: loaded.row.id, requestedByUserId: opts.principal.type === 'user' ? opts.principal.user.id : null });
      return { reason: opts.input.reason };
    },
  });
}
