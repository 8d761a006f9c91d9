import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { groupementMembers, groupements, organisationDepartements, organisations } from '../../../db/schema';
import type { Principal } from '../../../lib/principal';
import { assertAgreement, canEditAgreement } from '../targets.policy';
import type { TParties } from '../targets.schema';

/**
 * Whom a commanditaire may sign an agreement with: its groupements (or those mandated by nobody
 * yet, which create-agreement accepts too) with their members, and the counselling structures
 * covering one of its départements.
 */
export async function listParties(opts: { database: Database; principal: Principal; commanditaireId: string }): Promise<TParties> {
  assertAgreement(canEditAgreement(opts.principal, { commanditaireId: opts.commanditaireId, structureIds: [] }));
  const db = opts.database.db;
  const gs = await db
    .select()
    .from(groupements)
    .where(or(eq(groupements.commanditaireId, opts.commanditaireId), isNull(groupements.commanditaireId)))
    .orderBy(asc(groupements.name));
  const members = gs.length
    ? await db
        .select({ groupementId: groupementMembers.groupementId, id: organisations.id, name: organisations.name })
        .from(groupementMembers)
        .innerJoin(organisations, eq(organisations.id, groupementMembers.organisationId))
        .where(inArray(groupementMembers.groupementId, gs.map((g) => g.id)))
        .orderBy(asc(organisations.name))
    : [];
  const own = db.select({ code: organisationDepartements.departementCode }).from(organisationDepartements).where(eq(organisationDepartements.organisationId, opts.commanditaireId));
  const structures = await db
    .selectDistinct({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .innerJoin(organisationDepartements, eq(organisationDepartements.organisationId, organisations.id))
    .where(and(eq(organisations.kind, 'counselling_structure'), inArray(organisationDepartements.departementCode, own)))
    .orderBy(asc(organisations.name));
  return {
    groupements: gs.map((g) => ({ id: g.id, name: g.name, members: members.filter((m) => m.groupementId === g.id).map((m) => ({ id: m.id, name: m.name })) })),
    structures,
  };
}
