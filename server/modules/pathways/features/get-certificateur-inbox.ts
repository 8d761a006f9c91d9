import { addMonths } from 'date-fns';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { candidates, certifications, jurySessions, pathwayActors, pathways } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { organisationIdsOf } from '../../../lib/policy';
import type { Principal } from '../../../lib/principal';
import type { ZInbox } from '../pathways.schema';
import type { z } from 'zod';
import { loadDeadlineLimits } from '../pathways.store';

/** What waits for the certificateur's organisations: admissibility decisions, juries to schedule, results to enter. */
export async function getCertificateurInbox(opts: { database: Database; clock: Clock; principal: Principal }): Promise<z.infer<typeof ZInbox>> {
  const { db } = opts.database;
  const orgIds = organisationIdsOf(opts.principal, ['certificateur_agent']);
  const empty = { toDeclare: [], juriesToSchedule: [], resultsToEnter: [] };
  if (orgIds.length === 0) return empty;
  const now = opts.clock.now();
  const limits = await loadDeadlineLimits(db);
  const rows = await db
    .selectDistinct({ id: pathways.id, state: pathways.state, updatedAt: pathways.updatedAt, filedAt: pathways.faisabiliteFiledAt, firstName: candidates.firstName, lastName: candidates.lastName, code: certifications.code })
    .from(pathways)
    .innerJoin(pathwayActors, and(eq(pathwayActors.pathwayId, pathways.id), eq(pathwayActors.role, 'certificateur_agent'), inArray(pathwayActors.organisationId, orgIds)))
    .innerJoin(candidates, eq(candidates.id, pathways.candidateId))
    .innerJoin(certifications, eq(certifications.id, pathways.certificationId))
    .where(inArray(pathways.state, ['faisabilite_filed', 'validation_filed', 'jury_scheduled']))
    .orderBy(asc(pathways.updatedAt));
  const juries = rows.length
    ? await db.select().from(jurySessions).where(and(inArray(jurySessions.pathwayId, rows.map((r) => r.id)), isNull(jurySessions.attendance)))
    : [];
  const item = (r: (typeof rows)[number], dueAt: Date | null) => ({ pathwayId: r.id, candidateName: `${r.firstName} ${r.lastName}`, certificationCode: r.code, state: r.state, since: r.updatedAt.toISOString(), dueAt: dueAt?.toISOString() ?? null });
  return {
    toDeclare: rows.filter((r) => r.state === 'faisabilite_filed').map((r) => item(r, r.filedAt ? addMonths(r.filedAt, limits.recevabiliteAnswerMonths) : null)),
    juriesToSchedule: rows.filter((r) => r.state === 'validation_filed').map((r) => item(r, null)),
    resultsToEnter: rows.flatMap((r) => {
      const jury = juries.find((j) => j.pathwayId === r.id);
      return r.state === 'jury_scheduled' && jury && jury.scheduledAt.getTime() <= now.getTime() ? [item(r, jury.scheduledAt)] : [];
    }),
  };
}
