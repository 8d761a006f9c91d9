import { and, eq, isNull } from 'drizzle-orm';
import type { ShareScope } from '../../../common/sharing';
import type { Executor } from '../../db/client';
import { shareGrants } from '../../db/schema';
import { actorOf, type Principal } from '../../lib/principal';
import { recordAudit } from '../audit/record-audit';
import type { PathwayAccessFacts } from '../pathways/pathways.policy';
import type { PartAccess, ShareFacts } from './sharing.policy';

/** The facts `accessToPart` needs: the pathway's access facts and its active grants. */
export async function loadShareFacts(exec: Executor, pathwayId: string, pathway: PathwayAccessFacts): Promise<ShareFacts> {
  const grants = await exec
    .select({ organisationId: shareGrants.organisationId, scopes: shareGrants.scopes })
    .from(shareGrants)
    .where(and(eq(shareGrants.pathwayId, pathwayId), isNull(shareGrants.withdrawnAt)));
  return { pathway, grants };
}

/**
 * Writes one line of the candidate's access log: a professional (or an administrator) read a part of
 * the file. The line is an audit event, so it is append-only and administrators see it in the audit
 * trail; the candidate's own reads are not logged.
 */
export async function logPartRead(exec: Executor, entry: { principal: Principal; at: Date; pathwayId: string; access: PartAccess; part: ShareScope; label: string }): Promise<void> {
  const { access } = entry;
  if (!access.allowed || access.via === 'candidate') return;
  await recordAudit(exec, {
    actor: actorOf(entry.principal, access.organisationId),
    at: entry.at,
    eventType: 'sharing.part_read',
    entityType: 'pathway',
    entityId: entry.pathwayId,
    details: { part: entry.part, via: access.via, label: entry.label },
  });
}
