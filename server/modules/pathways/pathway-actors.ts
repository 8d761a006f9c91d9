import { and, eq, inArray } from 'drizzle-orm';
import type { PathwayActorKind } from '../../../common/candidates';
import type { OrganisationKind } from '../../../common/organisations';
import type { Executor } from '../../db/client';
import { memberships, organisations } from '../../db/schema';
import { AppError } from '../../lib/errors';
import type { TActorInput } from './pathways.schema';

/** Roles that only some kinds of organisation can hold; the others are open to any structure. A commanditaire (a Région) funds the pathways it commissions. */
const ALLOWED_KINDS: Partial<Record<PathwayActorKind, readonly OrganisationKind[]>> = {
  certificateur_agent: ['certificateur'],
  funder: ['funder', 'commanditaire'],
};

/** The organisations exist and are active, hold a role their kind allows, and a named person belongs to them. */
export async function assertActorsValid(exec: Executor, actors: readonly TActorInput[]): Promise<void> {
  if (actors.length === 0) return;
  const ids = [...new Set(actors.map((a) => a.organisationId))];
  const found = new Map((await exec.select().from(organisations).where(inArray(organisations.id, ids))).map((o) => [o.id, o]));
  for (const a of actors) {
    const org = found.get(a.organisationId);
    if (!org || org.disabled) throw new AppError('VALIDATION_FAILED', 'Organisation inconnue ou désactivée.', { fields: { 'actors.organisationId': a.organisationId } });
    const kinds = ALLOWED_KINDS[a.role];
    if (kinds && !kinds.includes(org.kind)) throw new AppError('VALIDATION_FAILED', `« ${org.name} » ne peut pas tenir ce rôle sur un parcours.`, { fields: { 'actors.role': a.role } });
    if (a.userId) {
      const [m] = await exec.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.userId, a.userId), eq(memberships.organisationId, a.organisationId))).limit(1);
      if (!m) throw new AppError('VALIDATION_FAILED', 'La personne désignée n’est pas membre de cette organisation.', { fields: { 'actors.userId': a.userId } });
    }
  }
}
