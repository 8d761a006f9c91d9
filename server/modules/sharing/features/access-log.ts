import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { ACCESS_VIAS, SHARE_SCOPES } from '../../../../common/sharing';
import type { Database } from '../../../db/client';
import { auditEvents, organisations, users } from '../../../db/schema';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { isCandidateOf } from '../../pathways/pathways.policy';
import { loadPathway } from '../../pathways/pathways.store';
import type { TAccessLogEntry } from '../sharing.schema';

/** The event types that record a professional's read of a part of the file (see `logPartRead`). */
export const ACCESS_EVENT_TYPES = ['sharing.part_read', 'document.downloaded'] as const;
const ZReadDetails = z.object({ part: z.enum(SHARE_SCOPES), via: z.enum(ACCESS_VIAS), label: z.string() });
const LIMIT = 500;

/**
 * "Qui a consulté mon dossier": who read which part, for which organisation, when — newest first.
 * Only the candidate reads it here; administrators see the same lines in the audit trail.
 */
export async function readAccessLog(opts: { database: Database; principal: Principal; pathwayId: string }): Promise<TAccessLogEntry[]> {
  const db = opts.database.db;
  const loaded = await loadPathway(db, opts.pathwayId);
  if (!isCandidateOf(opts.principal, loaded.access)) throw new AppError('FORBIDDEN', 'Seul le candidat consulte le journal des accès à son dossier.');
  const rows = await db
    .select({ at: auditEvents.occurredAt, details: auditEvents.details, userName: users.displayName, organisationName: organisations.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditEvents.actorOrganisationId))
    .where(and(eq(auditEvents.entityType, 'pathway'), eq(auditEvents.entityId, opts.pathwayId), inArray(auditEvents.eventType, [...ACCESS_EVENT_TYPES])))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(LIMIT);
  return rows.flatMap((r) => {
    // The candidate's own downloads are audited too but carry no `via`: they are not someone else's read.
    const parsed = ZReadDetails.safeParse(r.details);
    if (!parsed.success) return [];
    return [{ at: r.at.toISOString(), userName: r.userName ?? 'Application (jeton d’accès)', organisationName: parsed.data.via === 'admin' ? 'Administration de Jalon' : r.organisationName, ...parsed.data }];
  });
}
