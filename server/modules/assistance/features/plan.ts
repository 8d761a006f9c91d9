import { and, desc, eq } from 'drizzle-orm';
import { phaseOfState, type CarrierKind } from '../../../../common/assistance';
import type { PathwayActorKind } from '../../../../common/candidates';
import type { Database, Executor } from '../../../db/client';
import { assessmentItems, assessments, customSupports, organisations, pathways, planItems } from '../../../db/schema';
import { suggestSupports } from '../../../domain/assistance/suggestions';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { catalogueFor } from '../assistance.catalogue';
import { mutateAssistance } from '../assistance.mutate';
import { assertCanOnAssistance } from '../assistance.policy';
import type { TAssistance, TPlanItemCreate, TPlanItemUpdate } from '../assistance.schema';
import { loadAssistance, type LoadedAssistance } from '../assistance.store';

/** Supports answering the latest diagnostic's unmet conditions, for the pathway's current phase. */
export async function suggestionsFor(opts: { database: Database; principal: Principal; id: string }) {
  const loaded = await loadAssistance(opts.database.db, opts.id);
  assertCanOnAssistance(opts.principal, loaded.access, 'view');
  return { items: await computeSuggestions(opts.database.db, loaded) };
}

async function computeSuggestions(db: Executor, loaded: LoadedAssistance) {
  const { catalogue, importanceOf } = await catalogueFor(db, loaded.row.organisationId);
  const [latest] = await db.select({ id: assessments.id }).from(assessments).where(eq(assessments.assistanceId, loaded.row.id)).orderBy(desc(assessments.assessedAt)).limit(1);
  if (!latest) return [];
  const items = await db.select().from(assessmentItems).where(eq(assessmentItems.assessmentId, latest.id));
  const [pathway] = await db.select({ state: pathways.state }).from(pathways).where(eq(pathways.id, loaded.row.pathwayId));
  const planned = (await db.select({ code: planItems.supportCode, status: planItems.status }).from(planItems).where(eq(planItems.assistanceId, loaded.row.id)))
    .filter((p) => p.code !== null && p.status !== 'dropped')
    .map((p) => p.code as string);
  // The importance recorded with the assessment is the one the référent saw when assessing.
  const recorded = new Map(items.map((i) => [i.conditionCode, i.importance]));
  return suggestSupports({ assessment: items, phase: phaseOfState(pathway?.state ?? 'information'), importanceOf: (c) => recorded.get(c) ?? importanceOf(c), alreadyPlanned: planned }, catalogue);
}

/** The actor kinds of a pathway that can carry each carrier kind (the others come from the network). */
const PATHWAY_ROLE_OF: Partial<Record<CarrierKind, PathwayActorKind>> = { accompagnateur: 'accompagnateur', certificateur: 'certificateur_agent', funder: 'funder' };

/** A carrier other than the référent or the candidate must be an organisation on the pathway (partners and training bodies: any organisation on it). */
async function checkCarrier(tx: Executor, loaded: LoadedAssistance, kind: CarrierKind, organisationId: string | null | undefined): Promise<string | null> {
  if (kind === 'referent' || kind === 'candidate') {
    if (organisationId) throw new AppError('VALIDATION_FAILED', 'Le référent et le candidat ne sont pas désignés par une organisation.', { fields: { carrierOrganisationId: 'À laisser vide.' } });
    return kind === 'referent' ? loaded.row.organisationId : null;
  }
  if (!organisationId) throw new AppError('VALIDATION_FAILED', 'Choisissez l’organisation qui porte cet appui.', { fields: { carrierOrganisationId: 'Organisation manquante.' } });
  const role = PATHWAY_ROLE_OF[kind];
  const onPathway = loaded.access.pathway.actors.some((a) => a.organisationId === organisationId && (role === undefined || a.role === role));
  if (!onPathway) throw new AppError('CARRIER_NOT_ON_PATHWAY');
  const [org] = await tx.select({ disabled: organisations.disabled }).from(organisations).where(eq(organisations.id, organisationId));
  if (!org || org.disabled) throw new AppError('CARRIER_NOT_ON_PATHWAY');
  return organisationId;
}

export async function addPlanItem(opts: { database: Database; clock: Clock; principal: Principal; id: string; input: TPlanItemCreate }): Promise<TAssistance> {
  const { input } = opts;
  return mutateAssistance({
    ...opts,
    event: 'assistance.plan_item_added',
    apply: async ({ tx, loaded, now }) => {
      const carrierOrganisationId = await checkCarrier(tx, loaded, input.carrierKind, input.carrierOrganisationId);
      const [pathway] = await tx.select({ state: pathways.state }).from(pathways).where(eq(pathways.id, loaded.row.pathwayId));
      const phase = phaseOfState(pathway?.state ?? 'information');
      let values: { supportCode: string | null; customSupportId: string | null; wording: string; nature: 'material' | 'pedagogical' | 'personal'; reasons: { conditionCode: string; status: 'missing' | 'partly_met'; importance: 'important' | 'desirable' }[] };
      if ('supportCode' in input) {
        const { catalogue } = await catalogueFor(tx, loaded.row.organisationId);
        const support = catalogue.supports.find((s) => s.code === input.supportCode);
        if (!support) throw new AppError('VALIDATION_FAILED', `Appui inconnu : ${input.supportCode}.`, { fields: { supportCode: 'Appui inconnu.' } });
        // Keep why it was suggested, if it was: the plan then says which condition it answers.
        const suggested = (await computeSuggestions(tx, loaded)).find((s) => s.supportCode === support.code);
        values = { supportCode: support.code, customSupportId: null, wording: support.wording, nature: support.nature, reasons: suggested?.reasons.map((r) => ({ conditionCode: r.conditionCode, status: r.status, importance: r.importance })) ?? [] };
      } else {
        const [custom] = await tx.insert(customSupports).values({ organisationId: loaded.row.organisationId, wording: input.custom.wording, nature: input.custom.nature, phases: input.custom.phases, createdAt: now }).returning({ id: customSupports.id });
        if (!custom) throw new Error('custom support insert returned nothing');
        values = { supportCode: null, customSupportId: custom.id, wording: input.custom.wording, nature: input.custom.nature, reasons: [] };
      }
      const [item] = await tx
        .insert(planItems)
        .values({ assistanceId: loaded.row.id, ...values, phase, carrierKind: input.carrierKind, carrierOrganisationId, dueOn: input.dueOn ?? null, createdAt: now, updatedAt: now })
        .returning({ id: planItems.id });
      return { planItemId: item?.id, supportCode: values.supportCode, custom: values.customSupportId !== null, carrierKind: input.carrierKind, suggested: values.reasons.length > 0 };
    },
  });
}

export async function updatePlanItem(opts: { database: Database; clock: Clock; principal: Principal; id: string; itemId: string; input: TPlanItemUpdate }): Promise<TAssistance> {
  const { input } = opts;
  return mutateAssistance({
    ...opts,
    event: 'assistance.plan_item_updated',
    apply: async ({ tx, loaded, now }) => {
      const [item] = await tx.select().from(planItems).where(and(eq(planItems.id, opts.itemId), eq(planItems.assistanceId, loaded.row.id)));
      if (!item) throw new AppError('NOT_FOUND', 'Appui introuvable dans ce plan.');
      const kind = input.carrierKind ?? item.carrierKind;
      const carrierOrganisationId = input.carrierKind !== undefined || input.carrierOrganisationId !== undefined ? await checkCarrier(tx, loaded, kind, input.carrierOrganisationId ?? (input.carrierKind ? null : item.carrierOrganisationId)) : item.carrierOrganisationId;
      await tx
        .update(planItems)
        .set({
          status: input.status ?? item.status,
          dueOn: input.dueOn === undefined ? item.dueOn : input.dueOn,
          feedback: input.feedback ?? item.feedback,
          effect: input.effect ?? item.effect,
          carrierKind: kind,
          carrierOrganisationId,
          updatedAt: now,
        })
        .where(eq(planItems.id, item.id));
      return { planItemId: item.id, changed: Object.keys(input) };
    },
  });
}
