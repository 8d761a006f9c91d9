import type { AuditEventType } from '../../../common/audit-events';
import type { Executor } from '../../db/client';
import { auditEvents } from '../../db/schema';
import type { Actor } from '../../lib/principal';

export interface AuditEntry {
  actor: Actor;
  at: Date;
  eventType: AuditEventType;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

/** Pass the open transaction of the change, so the change and its audit row commit or fail together. */
export async function recordAudit(exec: Executor, entry: AuditEntry): Promise<void> {
  await exec.insert(auditEvents).values({
    occurredAt: entry.at,
    actorUserId: entry.actor.userId,
    actorOrganisationId: entry.actor.organisationId,
    eventType: entry.eventType,
    entityType: entry.entityType,
    entityId: entry.entityId,
    details: entry.details ?? {},
  });
}

/** Reads of a candidate's sensitive data (health, handicap, family, housing) are logged too. */
export async function recordSensitiveRead(
  exec: Executor,
  entry: { actor: Actor; at: Date; entityType: string; entityId: string; fields: string[] },
): Promise<void> {
  await recordAudit(exec, {
    actor: entry.actor,
    at: entry.at,
    eventType: 'sensitive_data.read',
    entityType: entry.entityType,
    entityId: entry.entityId,
    details: { fields: entry.fields },
  });
}
