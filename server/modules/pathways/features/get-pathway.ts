import type { Database } from '../../../db/client';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { assertCanOnPathway, machineRolesOf } from '../pathways.policy';
import { presentPathway } from '../pathways.presenter';
import type { TPathway } from '../pathways.schema';
import { loadPathway } from '../pathways.store';
import { loadPathwayParts } from './load-pathway-parts';

/** The pathway page: state, what this reader may do next, deadlines, blocs board, timeline, actors. */
export async function getPathway(opts: { database: Database; clock: Clock; principal: Principal; id: string }): Promise<TPathway> {
  const { db } = opts.database;
  const loaded = await loadPathway(db, opts.id);
  assertCanOnPathway(opts.principal, loaded.access, 'view');
  return presentPathway(await loadPathwayParts(db, loaded.row, machineRolesOf(opts.principal, loaded.access), opts.clock.now()));
}
