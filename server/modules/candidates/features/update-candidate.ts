import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { candidates } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { canOnCandidate } from '../candidates.policy';
import type { TCandidate, TCandidateUpdate } from '../candidates.schema';
import { assertReferencesExist, loadCandidateAccess, loadCandidateRow, presentCandidateById, writeDiplomas, writeExperiences, writeSensitive } from '../candidates.store';

/** Identity, contact, experiences, diplomas (replaced as a whole when sent) and needs. */
export async function updateCandidate(opts: { database: Database; clock: Clock; principal: Principal; id: string; input: TCandidateUpdate }): Promise<TCandidate> {
  const { input, principal } = opts;
  return opts.database.db.transaction(async (tx) => {
    const row = await loadCandidateRow(tx, opts.id);
    if (!canOnCandidate(principal, await loadCandidateAccess(tx, row), 'edit')) throw new AppError('FORBIDDEN');
    await assertReferencesExist(tx, input);
    const now = opts.clock.now();
    const { experiences, diplomas, sensitive, ...identity } = input;
    const changed = Object.keys(identity).filter((k) => identity[k as keyof typeof identity] !== undefined);
    await tx.update(candidates).set({ ...identity, updatedAt: now }).where(eq(candidates.id, opts.id));
    if (experiences) await writeExperiences(tx, opts.id, experiences);
    if (diplomas) await writeDiplomas(tx, opts.id, diplomas);
    if (sensitive) await writeSensitive(tx, opts.id, sensitive, now);
    const fields = [...changed, ...(experiences ? ['experiences'] : []), ...(diplomas ? ['diplomas'] : []), ...(sensitive ? ['sensitive'] : [])];
    await recordAudit(tx, { actor: actorOf(principal), at: now, eventType: 'candidate.updated', entityType: 'candidate', entityId: opts.id, details: { fields } });
    return presentCandidateById(tx, opts.id);
  });
}
