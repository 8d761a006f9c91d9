import type { Database } from '../../../db/client';
import type { Principal } from '../../../lib/principal';
import { assertAgreement, assertListsFor, canReadAgreement } from '../targets.policy';
import type { TAgreement } from '../targets.schema';
import { agreementsOf, loadAgreement } from '../targets.store';

export async function listAgreements(opts: { database: Database; principal: Principal; organisationId: string; year?: number }): Promise<TAgreement[]> {
  assertListsFor(opts.principal, opts.organisationId);
  return agreementsOf(opts.database.db, opts.organisationId, opts.year);
}

export async function viewAgreement(opts: { database: Database; principal: Principal; id: string }): Promise<TAgreement> {
  const loaded = await loadAgreement(opts.database.db, opts.id);
  assertAgreement(canReadAgreement(opts.principal, loaded.access));
  return loaded.view;
}
