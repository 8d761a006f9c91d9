import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { assistances, candidates, certifications, pathways } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { loadDeadlineLimits } from '../../pathways/pathways.store';
import { risksOf } from '../assistance.risk';

/** The référent's "à traiter": every open assistance of their structures with something to act on, riskiest first. */
export async function listToHandle(opts: { database: Database; clock: Clock; principal: Principal }) {
  const { db } = opts.database;
  const orgs = opts.principal.type === 'user' ? opts.principal.memberships.filter((m) => m.role === 'referent').map((m) => m.organisationId) : [];
  if (orgs.length === 0) return { items: [] };
  const now = opts.clock.now();
  const limits = await loadDeadlineLimits(db);
  const rows = await db
    .select({ a: assistances, p: pathways, firstName: candidates.firstName, lastName: candidates.lastName, code: certifications.code })
    .from(assistances)
    .innerJoin(pathways, eq(pathways.id, assistances.pathwayId))
    .innerJoin(candidates, eq(candidates.id, pathways.candidateId))
    .innerJoin(certifications, eq(certifications.id, pathways.certificationId))
    .where(and(inArray(assistances.organisationId, orgs), eq(assistances.status, 'open')));
  const risks = await risksOf(db, rows, limits, now);
  const items = [];
  for (const [i, r] of rows.entries()) {
    const risk = risks[i];
    if (!risk || risk.reasons.length === 0) continue;
    items.push({ assistanceId: r.a.id, pathwayId: r.p.id, candidateName: `${r.firstName} ${r.lastName}`, certificationCode: r.code, pathwayState: r.p.state, risk });
  }
  items.sort((x, y) => y.risk.score - x.risk.score || x.candidateName.localeCompare(y.candidateName, 'fr'));
  return { items };
}
