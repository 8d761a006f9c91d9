import { eq, inArray } from 'drizzle-orm';
import type { AssistancePhase, Importance, SupportNature } from '../../../common/assistance';
import type { Executor } from '../../db/client';
import { conditionImportanceOverrides, customSupports, groupementMembers, groupements } from '../../db/schema';
import { loadAssistanceCatalogue, type AssistanceCatalogue } from '../../reference/assistance/catalogue';

export interface OrganisationCatalogue {
  catalogue: AssistanceCatalogue;
  importanceOf: (conditionCode: string) => Importance;
  custom: { id: string; wording: string; nature: SupportNature; phases: AssistancePhase[] }[];
}

/**
 * The seed's catalogue as a structure sees it: importance set by the structure, else by the
 * commanditaire of its groupement, else the default; plus the structure's own supports.
 */
export async function catalogueFor(exec: Executor, organisationId: string): Promise<OrganisationCatalogue> {
  const catalogue = loadAssistanceCatalogue();
  const commanditaires = (
    await exec
      .select({ id: groupements.commanditaireId })
      .from(groupementMembers)
      .innerJoin(groupements, eq(groupements.id, groupementMembers.groupementId))
      .where(eq(groupementMembers.organisationId, organisationId))
  )
    .map((g) => g.id)
    .filter((id): id is string => id !== null);
  const orgIds = [organisationId, ...commanditaires];
  const overrides = await exec.select().from(conditionImportanceOverrides).where(inArray(conditionImportanceOverrides.organisationId, orgIds));
  const own = new Map(overrides.filter((o) => o.organisationId === organisationId).map((o) => [o.conditionCode, o.importance]));
  const fromCommanditaire = new Map(overrides.filter((o) => o.organisationId !== organisationId).map((o) => [o.conditionCode, o.importance]));
  const defaults = new Map(catalogue.conditions.map((c) => [c.code, c.defaultImportance]));
  const importanceOf = (code: string): Importance => own.get(code) ?? fromCommanditaire.get(code) ?? defaults.get(code) ?? 'desirable';
  const custom = await exec.select().from(customSupports).where(eq(customSupports.organisationId, organisationId)).orderBy(customSupports.createdAt);
  return { catalogue, importanceOf, custom: custom.map((c) => ({ id: c.id, wording: c.wording, nature: c.nature, phases: c.phases })) };
}
