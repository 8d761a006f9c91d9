import { asc, eq } from 'drizzle-orm';
import { PATHWAY_ACTOR_ROLE_LABELS } from '../../../../common/candidates';
import type { Database } from '../../../db/client';
import { candidates, pathways } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { nextActionFor } from '../next-action';
import { presentPathway } from '../pathways.presenter';
import type { TMyPathway } from '../pathways.schema';
import { loadOpenJurySession } from '../pathways.store';
import { loadPathwayParts } from './load-pathway-parts';

/** The candidate space: where I am, what I do next and by when, my results per bloc, who follows me. */
export async function listMyPathways(opts: { database: Database; clock: Clock; principal: Principal }): Promise<{ items: TMyPathway[] }> {
  const { db } = opts.database;
  if (opts.principal.type !== 'user') return { items: [] };
  const rows = await db
    .select({ pathway: pathways })
    .from(pathways)
    .innerJoin(candidates, eq(candidates.id, pathways.candidateId))
    .where(eq(candidates.userId, opts.principal.user.id))
    .orderBy(asc(pathways.startedAt));
  const now = opts.clock.now();
  const items: TMyPathway[] = [];
  for (const { pathway } of rows) {
    const parts = await loadPathwayParts(db, pathway, ['candidate'], now);
    const page = presentPathway(parts);
    const jury = await loadOpenJurySession(db, pathway.id);
    items.push({
      id: page.id,
      certification: { code: page.certification.code, title: page.certification.title },
      state: page.state,
      stateLabel: page.stateLabel,
      cycle: page.cycle,
      nextAction: nextActionFor({ state: pathway.state, cycle: pathway.cycle, remainingBlocs: page.blocs.remaining, jury: jury ? { date: jury.scheduledAt, place: jury.place } : null, deadlines: parts.deadlines }),
      blocs: page.blocs.board.map((b) => {
        const last = b.results.at(-1);
        return { code: b.code, label: b.label, status: b.acquired ? 'acquired' : 'remaining', lastResult: last ? { validated: last.validated, preconisations: last.preconisations, juryDate: last.juryDate } : null };
      }),
      followedBy: parts.actors.filter((a) => a.role !== 'funder').map((a) => ({ organisationName: a.organisationName, roleLabel: PATHWAY_ACTOR_ROLE_LABELS[a.role], personName: a.userDisplayName })),
      availableTransitions: page.availableTransitions,
    });
  }
  return { items };
}
