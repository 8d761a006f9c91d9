import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PathwayActorKind } from '../../../common/candidates';
import type { Role } from '../../../common/organisations';
import { pathwayActors, pathways } from '../../db/schema';
import type { DeadlineLimits } from '../../domain/deadlines';
import type { Principal } from '../../lib/principal';
import { isPlatformAdmin } from './pathways.policy';

/** The actor roles a membership role sees through; mirrors `canOnPathway(…, 'view')`. */
const VISIBLE_ACTOR_ROLES: Partial<Record<Role, readonly PathwayActorKind[]>> = {
  referent: ['referent'],
  accompagnateur: ['accompagnateur'],
  conseiller: ['conseiller'],
  certificateur_agent: ['certificateur_agent'],
  funder_analyst: ['funder'],
  director: ['referent', 'accompagnateur', 'conseiller', 'certificateur_agent', 'funder'],
};

/** The (organisation, actor roles) pairs the principal sees pathways through; null for a platform admin (all). */
export function visibleActorKeys(principal: Principal): { organisationId: string; roles: PathwayActorKind[] }[] | null {
  if (isPlatformAdmin(principal)) return null;
  if (principal.type === 'user' && principal.user.kind === 'candidate') return [];
  const memberships = principal.type === 'api_token' ? [{ organisationId: principal.organisationId, role: principal.role }] : principal.memberships;
  return memberships.flatMap((m) => {
    const roles = VISIBLE_ACTOR_ROLES[m.role];
    return roles ? [{ organisationId: m.organisationId, roles: [...roles] }] : [];
  });
}

/** The keys as a condition on pathway_actors rows. */
export function actorKeysCondition(keys: readonly { organisationId: string; roles: readonly PathwayActorKind[] }[]): SQL {
  if (keys.length === 0) return sql`false`;
  return or(...keys.map((k) => and(eq(pathwayActors.organisationId, k.organisationId), inArray(pathwayActors.role, [...k.roles])))) as SQL;
}

/** SQL restricting pathways to those the principal may see; undefined for a platform admin (all). */
export function visiblePathwaysCondition(principal: Principal): SQL | undefined {
  const keys = visibleActorKeys(principal);
  if (keys === null) return undefined;
  if (keys.length === 0) return sql`false`;
  return sql`${pathways.id} IN (SELECT ${pathwayActors.pathwayId} FROM ${pathwayActors} WHERE ${actorKeysCondition(keys)})`;
}

/** Any deadline overdue now, in SQL, with the same limits as `computeDeadlines`. */
export function overdueCondition(limits: DeadlineLimits, now: Date): SQL {
  const at = sql`${now.toISOString()}::timestamptz`;
  const open = sql`${pathways.state} NOT IN ('closed','closed_certified')`;
  return sql`(
    (${pathways.state} = 'faisabilite_filed' AND ${pathways.faisabiliteFiledAt} + make_interval(months => ${limits.recevabiliteAnswerMonths}::int) < ${at})
    OR (${pathways.accompanimentRequestedAt} IS NOT NULL AND ${pathways.accompanimentAnsweredAt} IS NULL AND ${pathways.accompanimentRequestedAt} + make_interval(days => ${limits.accompanimentAnswerDays}::int) < ${at})
    OR (${open} AND ${pathways.assistanceStartedAt} IS NOT NULL AND ${pathways.assistanceEndedAt} IS NULL AND ${pathways.assistanceStartedAt} + make_interval(years => ${limits.assistanceMaxYears}::int) < ${at})
    OR (${open} AND ${pathways.startedAt} + make_interval(years => ${limits.pathwayMaxYears}::int) < ${at})
    OR (${open} AND ${pathways.lastContactAt} + make_interval(days => ${limits.inactivityDays}::int) < ${at})
  )`;
}
