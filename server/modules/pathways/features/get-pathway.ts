import type { Database } from '../../../db/client';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { accessToPart } from '../../sharing/sharing.policy';
import { loadShareFacts } from '../../sharing/sharing.store';
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
  const parts = await loadPathwayParts(db, loaded.row, machineRolesOf(opts.principal, loaded.access), opts.clock.now());
  // Only the documents this reader may open are listed (sharing.policy.ts): the others are the candidate's to share.
  const facts = await loadShareFacts(db, opts.id, loaded.access);
  const documents = parts.documents.filter((d) => accessToPart(opts.principal, facts, 'documents', { documentKind: d.kind, ownerOrganisationId: d.uploadedByOrganisationId }).allowed);
  return presentPathway({ ...parts, documents });
}
