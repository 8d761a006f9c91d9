import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { pathwayActors, pathways } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { assertActorsValid } from '../pathway-actors';
import { assertCanOnPathway } from '../pathways.policy';
import type { TActorInput, TPathway } from '../pathways.schema';
import { loadPathway } from '../pathways.store';
import { getPathway } from './get-pathway';

/** Brings an organisation onto the pathway (a certificateur, a funder, another structure): it gains access. */
export async function addPathwayActor(opts: { database: Database; clock: Clock; principal: Principal; id: string; input: TActorInput }): Promise<TPathway> {
  const { input, principal } = opts;
  await opts.database.db.transaction(async (tx) => {
    const loaded = await loadPathway(tx, opts.id, { forUpdate: true });
    assertCanOnPathway(principal, loaded.access, 'add_actor');
    await assertActorsValid(tx, [input]);
    const [dup] = await tx
      .select({ id: pathwayActors.id })
      .from(pathwayActors)
      .where(and(eq(pathwayActors.pathwayId, opts.id), eq(pathwayActors.organisationId, input.organisationId), eq(pathwayActors.role, input.role)));
    if (dup) throw new AppError('CONFLICT', 'Cette organisation tient déjà ce rôle sur le parcours.');
    const now = opts.clock.now();
    await tx.insert(pathwayActors).values({ pathwayId: opts.id, organisationId: input.organisationId, role: input.role, userId: input.userId ?? null, createdAt: now });
    await tx.update(pathways).set({ updatedAt: now }).where(eq(pathways.id, opts.id));
    await recordAudit(tx, { actor: actorOf(principal), at: now, eventType: 'pathway.actor_added', entityType: 'pathway', entityId: opts.id, details: { organisationId: input.organisationId, role: input.role, userId: input.userId ?? null } });
  });
  return getPathway({ database: opts.database, clock: opts.clock, principal, id: opts.id });
}
