import { and, desc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { SatisfactionContext } from '../../../../common/satisfaction';
import type { Database, Executor } from '../../../db/client';
import { candidates, pathways, satisfactionRequests } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { actingOrganisationId } from '../../pathways/pathways.policy';
import { loadPathway } from '../../pathways/pathways.store';
import { candidateContact } from '../complaints.store';
import { requestSatisfaction } from '../request-satisfaction';
import { assertWorksFor, SENDING_ACTOR_ROLES } from '../satisfaction.policy';
import type { TSatisfactionRequest } from '../satisfaction.schema';
import type { SatisfactionRequestRow } from '../satisfaction.store';

async function present(exec: Executor, rows: SatisfactionRequestRow[], now: Date): Promise<TSatisfactionRequest[]> {
  if (!rows.length) return [];
  const names = await exec
    .select({ pathwayId: pathways.id, firstName: candidates.firstName, lastName: candidates.lastName })
    .from(pathways)
    .innerJoin(candidates, eq(candidates.id, pathways.candidateId))
    .where(inArray(pathways.id, [...new Set(rows.map((r) => r.pathwayId))]));
  return rows.map((r) => {
    const n = names.find((x) => x.pathwayId === r.pathwayId);
    return {
      id: r.id,
      pathwayId: r.pathwayId,
      candidateName: n ? `${n.firstName} ${n.lastName}` : '',
      context: r.context,
      status: r.status,
      expired: r.status === 'sent' && r.expiresAt !== null && r.expiresAt.getTime() <= now.getTime(),
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      expiresAt: r.expiresAt?.toISOString() ?? null,
      answeredAt: r.answeredAt?.toISOString() ?? null,
    };
  });
}

/**
 * A professional acting on the pathway (référent, accompagnateur, conseiller) sends the
 * questionnaire at the end of the accompaniment, for their organisation. One questionnaire waits
 * for an answer at a time per pathway and organisation.
 */
export async function sendQuestionnaire(opts: { database: Database; clock: Clock; principal: Principal; pathwayId: string; context: SatisfactionContext }): Promise<TSatisfactionRequest> {
  const db = opts.database.db;
  const now = opts.clock.now();
  const pathway = await loadPathway(db, opts.pathwayId);
  const organisationId = SENDING_ACTOR_ROLES.map((role) => actingOrganisationId(opts.principal, pathway.access, role)).find((id) => id !== null) ?? null;
  if (!organisationId) throw new AppError('FORBIDDEN', 'Seul un professionnel qui suit ce parcours peut envoyer le questionnaire de satisfaction.');
  const who = await candidateContact(db, pathway.row.candidateId);
  if (!who.email) throw new AppError('MISSING_DATA', 'Le candidat n’a pas d’adresse électronique : ajoutez-la à sa fiche avant d’envoyer le questionnaire.');
  const id = await db.transaction(async (tx) => {
    const pending = await tx
      .select({ id: satisfactionRequests.id })
      .from(satisfactionRequests)
      .where(
        and(
          eq(satisfactionRequests.pathwayId, opts.pathwayId),
          eq(satisfactionRequests.organisationId, organisationId),
          or(eq(satisfactionRequests.status, 'queued'), and(eq(satisfactionRequests.status, 'sent'), isNull(satisfactionRequests.answeredAt), gt(satisfactionRequests.expiresAt, now))),
        ),
      )
      .for('update');
    if (pending.length) throw new AppError('SATISFACTION_ALREADY_PENDING');
    return requestSatisfaction(tx, opts.clock, { pathwayId: opts.pathwayId, organisationId, context: opts.context, requestedByUserId: opts.principal.type === 'user' ? opts.principal.user.id : null });
  });
  const rows = await db.select().from(satisfactionRequests).where(eq(satisfactionRequests.id, id));
  const [out] = await present(db, rows, now);
  if (!out) throw new AppError('NOT_FOUND');
  return out;
}

/** The questionnaires a structure sent, newest first: who answered, who has not yet. */
export async function listRequests(opts: { database: Database; clock: Clock; principal: Principal; organisationId: string }): Promise<TSatisfactionRequest[]> {
  assertWorksFor(opts.principal, opts.organisationId);
  const db = opts.database.db;
  const rows = await db.select().from(satisfactionRequests).where(eq(satisfactionRequests.organisationId, opts.organisationId)).orderBy(desc(satisfactionRequests.createdAt)).limit(200);
  return present(db, rows, opts.clock.now());
}
