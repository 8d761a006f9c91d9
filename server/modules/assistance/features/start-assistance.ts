import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { assistanceEligibilityCriteria, assistances, assistanceSensitiveNotes, groupementMembers, groupements, organisations, pathways } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { assertActsFor } from '../../../lib/policy';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { loadPathway } from '../../pathways/pathways.store';
import type { TAssistance, TAssistanceStart } from '../assistance.schema';
import { presentAssistance } from '../assistance.view';

/** The commanditaire criteria that apply to a structure (through its groupements). */
export async function criteriaFor(exec: Database['db'], organisationId: string) {
  const commanditaires = (
    await exec.select({ id: groupements.commanditaireId }).from(groupementMembers).innerJoin(groupements, eq(groupements.id, groupementMembers.groupementId)).where(eq(groupementMembers.organisationId, organisationId))
  )
    .map((g) => g.id)
    .filter((id): id is string => id !== null);
  if (commanditaires.length === 0) return [];
  return exec.select().from(assistanceEligibilityCriteria).where(inArray(assistanceEligibilityCriteria.commanditaireId, commanditaires)).orderBy(assistanceEligibilityCriteria.position);
}

/** A référent welcomes the candidate into assistance renforcée on one of their pathways. */
export async function startAssistance(opts: { database: Database; clock: Clock; principal: Principal; pathwayId: string; input: TAssistanceStart }): Promise<TAssistance> {
  const { principal, input } = opts;
  assertActsFor(principal, input.organisationId, ['referent']);
  const now = opts.clock.now();
  const id = await opts.database.db.transaction(async (tx) => {
    const { row, access } = await loadPathway(tx, opts.pathwayId, { forUpdate: true });
    if (!access.actors.some((a) => a.organisationId === input.organisationId && a.role === 'referent')) throw new AppError('FORBIDDEN', 'Votre structure n’est pas référente de ce parcours.');
    if (row.state === 'closed' || row.state === 'closed_certified') throw new AppError('CONFLICT', 'Ce parcours est clos.');
    const [open] = await tx.select({ id: assistances.id }).from(assistances).where(and(eq(assistances.pathwayId, row.id), eq(assistances.status, 'open')));
    if (open) throw new AppError('ASSISTANCE_ALREADY_OPEN');
    if (input.proposerOrganisationId) {
      const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.proposerOrganisationId));
      if (!org) throw new AppError('VALIDATION_FAILED', 'Organisation à l’origine de la proposition inconnue.', { fields: { proposerOrganisationId: 'Inconnue.' } });
    }
    const criteria = await criteriaFor(tx, input.organisationId);
    const unknown = input.eligibility.filter((e) => !criteria.some((c) => c.code === e.code));
    if (unknown.length > 0) throw new AppError('VALIDATION_FAILED', `Critère d’éligibilité inconnu : ${unknown.map((u) => u.code).join(', ')}.`, { fields: { eligibility: 'Critère inconnu.' } });
    const eligibility = criteria.map((c) => ({ code: c.code, label: c.label, met: input.eligibility.find((e) => e.code === c.code)?.met ?? false }));
    const [created] = await tx
      .insert(assistances)
      .values({
        pathwayId: row.id,
        organisationId: input.organisationId,
        referentUserId: principal.type === 'user' ? principal.user.id : null,
        proposerKind: input.proposerKind,
        proposerOrganisationId: input.proposerOrganisationId ?? null,
        startPhase: input.startPhase,
        eligibility,
        welcomeProject: input.welcomeProject,
        needIndicators: input.needIndicators,
        startedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: assistances.id });
    if (!created) throw new Error('assistance insert returned nothing');
    if (input.welcomeSituation || input.welcomeObstacles) {
      await tx.insert(assistanceSensitiveNotes).values({ assistanceId: created.id, welcomeSituation: input.welcomeSituation, welcomeObstacles: input.welcomeObstacles, updatedAt: now });
    }
    // The two years of assistance renforcée are a pathway deadline (server/domain/deadlines.ts).
    await tx.update(pathways).set({ assistanceStartedAt: now, assistanceEndedAt: null, lastContactAt: now, updatedAt: now }).where(eq(pathways.id, row.id));
    await recordAudit(tx, {
      actor: actorOf(principal, input.organisationId),
      at: now,
      eventType: 'assistance.started',
      entityType: 'assistance',
      entityId: created.id,
      details: { pathwayId: row.id, proposerKind: input.proposerKind, startPhase: input.startPhase, needIndicators: input.needIndicators.length, sensitiveNotes: Boolean(input.welcomeSituation || input.welcomeObstacles) },
    });
    return created.id;
  });
  return presentAssistance(opts.database.db, id, principal, now);
}
