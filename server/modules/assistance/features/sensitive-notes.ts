import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { assessments, assessmentSensitiveNotes, assistanceSensitiveNotes } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordSensitiveRead } from '../../audit/record-audit';
import { assertCanOnAssistance } from '../assistance.policy';
import { loadAssistance } from '../assistance.store';

/** The confidential notes, for the référent's structure only; every read is in the audit trail. */
export async function readSensitiveNotes(opts: { database: Database; clock: Clock; principal: Principal; id: string }) {
  return opts.database.db.transaction(async (tx) => {
    const { row, access } = await loadAssistance(tx, opts.id);
    assertCanOnAssistance(opts.principal, access, 'read_sensitive');
    const [welcome] = await tx.select().from(assistanceSensitiveNotes).where(eq(assistanceSensitiveNotes.assistanceId, row.id));
    const list = await tx.select({ id: assessments.id, at: assessments.assessedAt }).from(assessments).where(eq(assessments.assistanceId, row.id)).orderBy(asc(assessments.assessedAt));
    const notes = list.length ? await tx.select().from(assessmentSensitiveNotes).where(inArray(assessmentSensitiveNotes.assessmentId, list.map((a) => a.id))) : [];
    await recordSensitiveRead(tx, { actor: actorOf(opts.principal, row.organisationId), at: opts.clock.now(), entityType: 'assistance', entityId: row.id, fields: ['welcomeSituation', 'welcomeObstacles', 'assessmentNotes'] });
    return {
      welcomeSituation: welcome?.welcomeSituation ?? '',
      welcomeObstacles: welcome?.welcomeObstacles ?? '',
      assessmentNotes: notes.map((n) => ({ assessmentId: n.assessmentId, assessedAt: list.find((a) => a.id === n.assessmentId)?.at.toISOString() ?? '', notes: n.notes })),
    };
  });
}
