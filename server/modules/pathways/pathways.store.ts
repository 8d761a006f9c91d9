import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates, certificationBlocs, documents, jurySessions, pathwayActors, pathwayBlocs, pathways, settings } from '../../db/schema';
import type { PathwaySnapshot } from '../../domain/pathway-machine';
import { DEFAULT_DEADLINE_LIMITS, ZDeadlineLimits, type DeadlineLimits, type PathwayFacts } from '../../domain/deadlines';
import type { DocumentKind } from '../../../common/candidates';
import { AppError } from '../../lib/errors';
import type { PathwayAccessFacts } from './pathways.policy';

export type PathwayRow = typeof pathways.$inferSelect;

export interface LoadedPathway {
  row: PathwayRow;
  candidateUserId: string | null;
  access: PathwayAccessFacts;
}

/** Loads a pathway and what decides access to it; `forUpdate` locks the row for a transition. */
export async function loadPathway(exec: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedPathway> {
  const base = exec.select().from(pathways).where(eq(pathways.id, id));
  const [row] = opts.forUpdate ? await base.for('update') : await base;
  if (!row) throw new AppError('NOT_FOUND', 'Parcours introuvable.');
  const [cand] = await exec.select({ userId: candidates.userId }).from(candidates).where(eq(candidates.id, row.candidateId));
  const actors = await exec.select({ organisationId: pathwayActors.organisationId, role: pathwayActors.role }).from(pathwayActors).where(eq(pathwayActors.pathwayId, id));
  const candidateUserId = cand?.userId ?? null;
  return { row, candidateUserId, access: { candidateUserId, actors } };
}

/** Access facts for many pathways at once (lists, candidate files). */
export async function loadAccessFacts(exec: Executor, pathwayIds: string[], candidateUserId: (pathwayId: string) => string | null): Promise<Map<string, PathwayAccessFacts>> {
  const out = new Map<string, PathwayAccessFacts>();
  for (const id of pathwayIds) out.set(id, { candidateUserId: candidateUserId(id), actors: [] });
  if (pathwayIds.length === 0) return out;
  const rows = await exec.select().from(pathwayActors).where(inArray(pathwayActors.pathwayId, pathwayIds));
  for (const r of rows) {
    const facts = out.get(r.pathwayId);
    if (facts) out.set(r.pathwayId, { ...facts, actors: [...facts.actors, { organisationId: r.organisationId, role: r.role }] });
  }
  return out;
}

export interface PathwayBlocRow {
  blocId: string;
  code: string;
  label: string;
  position: number;
  acquiredAt: Date | null;
  acquiredCycle: number | null;
}

export async function loadPathwayBlocs(exec: Executor, pathwayId: string): Promise<PathwayBlocRow[]> {
  return exec
    .select({
      blocId: pathwayBlocs.blocId,
      code: certificationBlocs.code,
      label: certificationBlocs.label,
      position: certificationBlocs.position,
      acquiredAt: pathwayBlocs.acquiredAt,
      acquiredCycle: pathwayBlocs.acquiredCycle,
    })
    .from(pathwayBlocs)
    .innerJoin(certificationBlocs, eq(certificationBlocs.id, pathwayBlocs.blocId))
    .where(eq(pathwayBlocs.pathwayId, pathwayId))
    .orderBy(asc(certificationBlocs.position), asc(certificationBlocs.code));
}

/** The jury session waiting for its result, if any. */
export async function loadOpenJurySession(exec: Executor, pathwayId: string) {
  const [row] = await exec
    .select()
    .from(jurySessions)
    .where(and(eq(jurySessions.pathwayId, pathwayId), isNull(jurySessions.attendance)))
    .orderBy(desc(jurySessions.scheduledAt))
    .limit(1);
  return row ?? null;
}

export function toSnapshot(row: PathwayRow, blocs: PathwayBlocRow[], openJury: typeof jurySessions.$inferSelect | null): PathwaySnapshot {
  return {
    state: row.state,
    cycle: row.cycle,
    targetedBlocs: blocs.map((b) => b.code),
    acquiredBlocs: blocs.filter((b) => b.acquiredAt !== null).map((b) => b.code),
    jury: openJury ? { date: openJury.scheduledAt, place: openJury.place, format: openJury.format } : null,
    lastJuryOverall: row.lastJuryOverall,
  };
}

export function toDeadlineFacts(row: PathwayRow): PathwayFacts {
  return {
    state: row.state,
    startedAt: row.startedAt,
    faisabiliteFiledAt: row.faisabiliteFiledAt,
    recevabiliteDecidedAt: row.recevabiliteDecidedAt,
    accompanimentRequestedAt: row.accompanimentRequestedAt,
    accompanimentAnsweredAt: row.accompanimentAnsweredAt,
    assistanceStartedAt: row.assistanceStartedAt,
    assistanceEndedAt: row.assistanceEndedAt,
    lastContactAt: row.lastContactAt,
  };
}

export const DEADLINES_SETTING_KEY = 'deadlines';

/** The administrator's limits, or the defaults; a stored value that no longer validates falls back too. */
export async function loadDeadlineLimits(exec: Executor): Promise<DeadlineLimits> {
  const [row] = await exec.select().from(settings).where(eq(settings.key, DEADLINES_SETTING_KEY));
  if (!row) return DEFAULT_DEADLINE_LIMITS;
  const parsed = ZDeadlineLimits.safeParse(row.value);
  return parsed.success ? parsed.data : DEFAULT_DEADLINE_LIMITS;
}

/** A current (not replaced) document of this kind exists for the pathway. */
export async function hasCurrentDocument(exec: Executor, pathwayId: string, kind: DocumentKind): Promise<boolean> {
  const [row] = await exec
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.pathwayId, pathwayId), eq(documents.kind, kind), isNull(documents.replacedBy)))
    .limit(1);
  return row !== undefined;
}
