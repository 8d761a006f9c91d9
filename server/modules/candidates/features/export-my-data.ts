import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { assistances, candidateSensitive, candidates, documents, pathways } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { actorOf, type Principal } from '../../../lib/principal';
import { presentAssistance } from '../../assistance/assistance.view';
import { recordSensitiveRead } from '../../audit/record-audit';
import { presentPathway } from '../../pathways/pathways.presenter';
import { loadPathwayParts } from '../../pathways/features/load-pathway-parts';
import { presentSensitive } from '../candidates.presenter';
import { presentCandidateById } from '../candidates.store';
import { SENSITIVE_FIELDS } from './read-candidate-sensitive';

const { content: _content, ...documentColumns } = getTableColumns(documents);

/** RGPD right of access: everything Jalon holds about me, as JSON (document contents stay downloadable apart). */
export async function exportMyData(opts: { database: Database; clock: Clock; principal: Principal }) {
  const principal = opts.principal;
  const userId = principal.type === 'user' ? principal.user.id : null;
  const now = opts.clock.now();
  return opts.database.db.transaction(async (tx) => {
    const files = userId ? await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.userId, userId)) : [];
    const out = [];
    for (const { id } of files) {
      const identity = await presentCandidateById(tx, id);
      const [sensitive] = await tx.select().from(candidateSensitive).where(eq(candidateSensitive.candidateId, id));
      await recordSensitiveRead(tx, { actor: actorOf(principal), at: now, entityType: 'candidate', entityId: id, fields: SENSITIVE_FIELDS });
      const rows = await tx.select().from(pathways).where(eq(pathways.candidateId, id)).orderBy(asc(pathways.startedAt));
      const pathwayPages = [];
      for (const row of rows) pathwayPages.push(presentPathway(await loadPathwayParts(tx, row, ['candidate'], now)));
      const docs = rows.length ? await tx.select(documentColumns).from(documents).where(inArray(documents.pathwayId, rows.map((r) => r.id))) : [];
      const assistanceByPathway = new Map<string, unknown[]>();
      for (const row of rows) {
        const ids = (await tx.select({ id: assistances.id }).from(assistances).where(eq(assistances.pathwayId, row.id)).orderBy(asc(assistances.startedAt))).map((a) => a.id);
        const views = [];
        // The candidate's view of each assistance: diagnostics, plan, agreements, commitments. The
        // référent's confidential notes are not in it (they are asked from the structure, which answers).
        for (const assistanceId of ids) {
          const { canEdit: _e, canReadSensitive: _r, risk: _risk, ...view } = await presentAssistance(tx, assistanceId, principal, now);
          views.push(view);
        }
        assistanceByPathway.set(row.id, views);
      }
      const { experiences, diplomas, ...person } = identity;
      out.push({
        identity: person,
        experiences,
        diplomas,
        sensitive: presentSensitive(sensitive),
        pathways: pathwayPages.map((p) => ({
          id: p.id,
          certification: p.certification,
          state: p.state,
          stateLabel: p.stateLabel,
          cycle: p.cycle,
          fundingRoute: p.fundingRoute,
          startedAt: p.startedAt,
          closedAt: p.closedAt,
          blocs: p.blocs,
          actors: p.actors,
          transitions: p.transitions,
          juries: p.juries.map((j) => ({ ...j, results: p.blocs.board.flatMap((b) => b.results.filter((r) => r.sessionId === j.id).map((r) => ({ blocCode: b.code, validated: r.validated, preconisations: r.preconisations }))) })),
          documents: docs.filter((d) => d.pathwayId === p.id).map((d) => ({ id: d.id, kind: d.kind, originalName: d.originalName, mimeType: d.mimeType, sizeBytes: d.sizeBytes, sha256: d.sha256, uploadedAt: d.uploadedAt.toISOString() })),
          assistance: assistanceByPathway.get(p.id) ?? [],
        })),
      });
    }
    return { exportedAt: now.toISOString(), candidateFiles: out };
  });
}
