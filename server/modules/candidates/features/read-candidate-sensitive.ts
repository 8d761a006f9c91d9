import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { candidateSensitive } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordSensitiveRead } from '../../audit/record-audit';
import { canOnCandidate } from '../candidates.policy';
import { presentSensitive } from '../candidates.presenter';
import type { TSensitive } from '../candidates.schema';
import { loadCandidateAccess, loadCandidateRow } from '../candidates.store';

export const SENSITIVE_FIELDS = ['hasHandicap', 'accommodationNeeds', 'health'];

/** Handicap and health: read by the candidate and the référent or accompagnateur only, every read logged. */
export async function readCandidateSensitive(opts: { database: Database; clock: Clock; principal: Principal; id: string }): Promise<{ sensitive: TSensitive | null }> {
  return opts.database.db.transaction(async (tx) => {
    const row = await loadCandidateRow(tx, opts.id);
    if (!canOnCandidate(opts.principal, await loadCandidateAccess(tx, row), 'read_sensitive')) throw new AppError('FORBIDDEN');
    const [sensitive] = await tx.select().from(candidateSensitive).where(eq(candidateSensitive.candidateId, opts.id));
    await recordSensitiveRead(tx, { actor: actorOf(opts.principal), at: opts.clock.now(), entityType: 'candidate', entityId: opts.id, fields: SENSITIVE_FIELDS });
    return { sensitive: presentSensitive(sensitive) };
  });
}
