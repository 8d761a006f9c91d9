import { DOCUMENT_KIND_LABELS, PATHWAY_ACTOR_ROLE_LABELS } from '../../../common/candidates';
import { PATHWAY_STATE_LABELS } from '../../../common/pathway';
import type { candidates, certifications, documents, jurySessions, pathwayTransitions } from '../../db/schema';
import type { Deadline } from '../../domain/deadlines';
import { TRANSITION_RULES, type TransitionType } from '../../domain/pathway-machine';
import type { TDocument, TPathway, TPathwaySummary } from './pathways.schema';
import type { PathwayBlocRow, PathwayRow } from './pathways.store';

type CandidateRow = Pick<typeof candidates.$inferSelect, 'id' | 'firstName' | 'lastName' | 'departementCode'>;
type CertificationRow = Pick<typeof certifications.$inferSelect, 'id' | 'code' | 'title'>;

export function transitionLabel(type: string): string {
  return type in TRANSITION_RULES ? TRANSITION_RULES[type as TransitionType].label : type;
}

export function presentDeadline(d: Deadline) {
  return { kind: d.kind, label: d.label, dueAt: d.dueAt.toISOString(), status: d.status, daysLeft: d.daysLeft };
}

export function presentPathwaySummary(row: PathwayRow, candidate: CandidateRow, cert: CertificationRow, remaining: number, deadlines: Deadline[]): TPathwaySummary {
  return {
    id: row.id,
    candidate: { id: candidate.id, firstName: candidate.firstName, lastName: candidate.lastName, departementCode: candidate.departementCode },
    certification: { id: cert.id, code: cert.code, title: cert.title },
    state: row.state,
    stateLabel: PATHWAY_STATE_LABELS[row.state],
    cycle: row.cycle,
    fundingRoute: row.fundingRoute,
    startedAt: row.startedAt.toISOString(),
    lastContactAt: row.lastContactAt.toISOString(),
    remainingBlocs: remaining,
    overdueDeadlines: deadlines.filter((d) => d.status === 'overdue').map((d) => d.kind),
  };
}

export function presentDocument(d: Omit<typeof documents.$inferSelect, 'content'>): TDocument {
  return {
    id: d.id,
    kind: d.kind,
    kindLabel: DOCUMENT_KIND_LABELS[d.kind],
    originalName: d.originalName,
    mimeType: d.mimeType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    uploadedAt: d.uploadedAt.toISOString(),
    uploadedBy: d.uploadedBy,
    replacedBy: d.replacedBy,
  };
}

export interface PathwayPageParts {
  row: PathwayRow;
  candidate: CandidateRow;
  cert: CertificationRow;
  blocs: PathwayBlocRow[];
  juries: (typeof jurySessions.$inferSelect)[];
  results: { sessionId: string; blocId: string; validated: boolean; preconisations: string | null }[];
  transitions: (typeof pathwayTransitions.$inferSelect)[];
  documents: Omit<typeof documents.$inferSelect, 'content'>[];
  actors: { id: string; organisationId: string; organisationName: string; role: TPathway['actors'][number]['role']; userId: string | null; userDisplayName: string | null }[];
  deadlines: Deadline[];
  myRoles: TPathway['myRoles'];
  available: TransitionType[];
  /** Dated events of other parts of the pathway (assistance renforcée) for the timeline. */
  events: { at: Date; kind: Exclude<TPathway['timeline'][number]['kind'], 'transition' | 'document'>; id: string; label: string }[];
}

export function presentPathway(p: PathwayPageParts): TPathway {
  const remaining = p.blocs.filter((b) => b.acquiredAt === null);
  const juryById = new Map(p.juries.map((j) => [j.id, j]));
  const board = p.blocs.map((b) => ({
    id: b.blocId,
    code: b.code,
    label: b.label,
    acquired: b.acquiredAt !== null,
    acquiredCycle: b.acquiredCycle,
    acquiredAt: b.acquiredAt?.toISOString() ?? null,
    results: p.results
      .filter((r) => r.blocId === b.blocId)
      .flatMap((r) => {
        const jury = juryById.get(r.sessionId);
        return jury ? [{ cycle: jury.cycle, sessionId: jury.id, juryDate: jury.scheduledAt.toISOString(), validated: r.validated, preconisations: r.preconisations }] : [];
      })
      .sort((a, b) => a.cycle - b.cycle || a.juryDate.localeCompare(b.juryDate)),
  }));
  const transitions = p.transitions.map((t) => ({
    id: t.id,
    type: t.type,
    label: transitionLabel(t.type),
    fromState: t.fromState,
    toState: t.toState,
    cycle: t.cycle,
    actorRole: t.actorRole,
    actorUserId: t.actorUserId,
    actorOrganisationId: t.actorOrganisationId,
    at: t.at.toISOString(),
    data: t.data,
  }));
  const docs = p.documents.map(presentDocument);
  const timeline = [
    ...transitions.map((t) => ({ at: t.at, kind: 'transition' as const, id: t.id, label: t.label })),
    ...docs.map((d) => ({ at: d.uploadedAt, kind: 'document' as const, id: d.id, label: `${d.kindLabel} déposé : ${d.originalName}` })),
    ...p.events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, id: e.id, label: e.label })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return {
    ...presentPathwaySummary(p.row, p.candidate, p.cert, remaining.length, p.deadlines),
    lastJuryOverall: p.row.lastJuryOverall,
    closedAt: p.row.closedAt?.toISOString() ?? null,
    closureReason: p.row.closureReason,
    closureDetails: p.row.closureDetails,
    documentsLanguage: p.row.documentsLanguage,
    myRoles: p.myRoles,
    availableTransitions: p.available.map((type) => ({ type, label: TRANSITION_RULES[type].label })),
    deadlines: p.deadlines.map(presentDeadline),
    blocs: { targeted: p.blocs.map((b) => b.code), acquired: p.blocs.filter((b) => b.acquiredAt !== null).map((b) => b.code), remaining: remaining.map((b) => b.code), board },
    juries: p.juries.map((j) => ({ id: j.id, cycle: j.cycle, scheduledAt: j.scheduledAt.toISOString(), place: j.place, format: j.format, convocationSent: j.convocationSent, attendance: j.attendance, overall: j.overall })),
    transitions,
    documents: docs,
    timeline,
    actors: p.actors.map((a) => ({ ...a, roleLabel: PATHWAY_ACTOR_ROLE_LABELS[a.role] })),
  };
}
