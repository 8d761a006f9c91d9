import type { Database } from '../../../db/client';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { canOnCandidate } from '../candidates.policy';
import type { TCandidate } from '../candidates.schema';
import { loadCandidateAccess, loadCandidateRow, presentCandidateById } from '../candidates.store';

export async function getCandidate(opts: { database: Database; principal: Principal; id: string }): Promise<TCandidate> {
  const { db } = opts.database;
  const row = await loadCandidateRow(db, opts.id);
  if (!canOnCandidate(opts.principal, await loadCandidateAccess(db, row), 'view')) throw new AppError('FORBIDDEN');
  return presentCandidateById(db, opts.id);
}
