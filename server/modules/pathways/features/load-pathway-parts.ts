import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { agreements, assessments, assistances, candidates, certifications, documents, juryBlocResults, jurySessions, organisations, pathwayActors, pathwayTransitions, planItems, users } from '../../../db/schema';
import { computeDeadlines } from '../../../domain/deadlines';
import { availableTransitions, type PathwayActorRole, type TransitionType } from '../../../domain/pathway-machine';
import type { PathwayPageParts } from '../pathways.presenter';
import { loadDeadlineLimits, loadOpenJurySession, loadPathwayBlocs, toDeadlineFacts, toSnapshot, type PathwayRow } from '../pathways.store';

const { content: _content, ...documentColumns } = getTableColumns(documents);

/** Everything the pathway page shows, for one reader holding these machine roles. */
export async function loadPathwayParts(exec: Executor, row: PathwayRow, myRoles: PathwayActorRole[], now: Date): Promise<PathwayPageParts> {
  const [candidate] = await exec.select().from(candidates).where(eq(candidates.id, row.candidateId));
  const [cert] = await exec.select({ id: certifications.id, code: certifications.code, title: certifications.title }).from(certifications).where(eq(certifications.id, row.certificationId));
  if (!candidate || !cert) throw new Error(`pathway ${row.id} has lost its candidate or certification`);
  const blocs = await loadPathwayBlocs(exec, row.id);
  const juries = await exec.select().from(jurySessions).where(eq(jurySessions.pathwayId, row.id)).orderBy(asc(jurySessions.scheduledAt));
  const results = juries.length
    ? await exec.select().from(juryBlocResults).where(inArray(juryBlocResults.sessionId, juries.map((j) => j.id)))
    : [];
  const transitions = await exec.select().from(pathwayTransitions).where(eq(pathwayTransitions.pathwayId, row.id)).orderBy(asc(pathwayTransitions.at));
  const docs = await exec.select(documentColumns).from(documents).where(eq(documents.pathwayId, row.id)).orderBy(asc(documents.uploadedAt));
  const actors = await exec
    .select({ id: pathwayActors.id, organisationId: pathwayActors.organisationId, organisationName: organisations.name, role: pathwayActors.role, userId: pathwayActors.userId, userDisplayName: users.displayName })
    .from(pathwayActors)
    .innerJoin(organisations, eq(organisations.id, pathwayActors.organisationId))
    .leftJoin(users, eq(users.id, pathwayActors.userId))
    .where(eq(pathwayActors.pathwayId, row.id))
    .orderBy(asc(pathwayActors.createdAt));
  const limits = await loadDeadlineLimits(exec);
  const snapshot = toSnapshot(row, blocs, await loadOpenJurySession(exec, row.id));
  const available = new Set<TransitionType>();
  for (const r of myRoles) for (const t of availableTransitions(snapshot, r)) available.add(t);
  const events = await loadAssistanceEvents(exec, row.id);
  return {
    row,
    candidate,
    cert,
    blocs,
    juries,
    results,
    transitions,
    documents: docs,
    actors,
    deadlines: computeDeadlines(toDeadlineFacts(row), limits, now),
    myRoles,
    available: [...available],
    events,
  };
}

/** The assistance renforcée's dated events for the timeline: labels only, never the confidential notes. */
async function loadAssistanceEvents(exec: Executor, pathwayId: string): Promise<PathwayPageParts['events']> {
  const ids = (await exec.select({ id: assistances.id }).from(assistances).where(eq(assistances.pathwayId, pathwayId))).map((a) => a.id);
  if (ids.length === 0) return [];
  const assessed = await exec.select({ id: assessments.id, at: assessments.assessedAt }).from(assessments).where(inArray(assessments.assistanceId, ids));
  const supports = await exec.select({ id: planItems.id, at: planItems.createdAt, wording: planItems.wording }).from(planItems).where(inArray(planItems.assistanceId, ids));
  const agreed = await exec.select({ id: agreements.id, at: agreements.createdAt, version: agreements.version, acceptedAt: agreements.acceptedAt }).from(agreements).where(inArray(agreements.assistanceId, ids));
  return [
    ...assessed.map((a) => ({ at: a.at, kind: 'assessment' as const, id: a.id, label: 'Diagnostic des conditions de réussite' })),
    ...supports.map((p) => ({ at: p.at, kind: 'support' as const, id: p.id, label: `Appui inscrit au plan : ${p.wording}` })),
    ...agreed.map((g) => ({ at: g.at, kind: 'agreement' as const, id: g.id, label: `Accord d’assistance renforcée, version ${g.version}${g.acceptedAt ? ' (accepté par le candidat)' : ''}` })),
  ];
}
