import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { groupements, organisations, targetAgreements } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError, fieldError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { loadDashboardSettings } from '../../dashboards/dashboard-settings';
import { canEditAgreement, assertAgreement } from '../targets.policy';
import type { TAgreement, TAgreementCreate } from '../targets.schema';
import { loadAgreement } from '../targets.store';
import { checkLines, insertLine } from './agreement-lines';

/** A commanditaire's yearly agreement with a groupement or a structure, each line smoothed evenly over the year. */
export async function createAgreement(opts: { database: Database; clock: Clock; principal: Principal; input: TAgreementCreate }): Promise<TAgreement> {
  const { input, principal } = opts;
  assertAgreement(canEditAgreement(principal, { commanditaireId: input.commanditaireId, structureIds: [] }));
  const now = opts.clock.now();
  const id = await opts.database.db.transaction(async (tx) => {
    const orgIds = [input.commanditaireId, ...(input.organisationId ? [input.organisationId] : [])];
    const orgs = await tx.select({ id: organisations.id, kind: organisations.kind }).from(organisations).where(inArray(organisations.id, orgIds));
    if (orgs.find((o) => o.id === input.commanditaireId)?.kind !== 'commanditaire') throw fieldError('VALIDATION_FAILED', 'commanditaireId', 'Cette organisation n’est pas un commanditaire.');
    if (input.organisationId && orgs.find((o) => o.id === input.organisationId)?.kind !== 'counselling_structure') throw fieldError('VALIDATION_FAILED', 'organisationId', 'Une convention est passée avec une structure de conseil.');
    if (input.groupementId) {
      const [g] = await tx.select().from(groupements).where(eq(groupements.id, input.groupementId));
      if (!g || (g.commanditaireId !== null && g.commanditaireId !== input.commanditaireId)) throw fieldError('VALIDATION_FAILED', 'groupementId', 'Groupement inconnu ou mandaté par un autre commanditaire.');
    }
    await checkLines(tx, input.commanditaireId, input.lines);
    const settings = await loadDashboardSettings(tx);
    const [row] = await tx
      .insert(targetAgreements)
      .values({
        commanditaireId: input.commanditaireId,
        year: input.year,
        title: input.title,
        groupementId: input.groupementId ?? null,
        organisationId: input.organisationId ?? null,
        alertMarginPct: input.alertMarginPct ?? settings.alertMarginPct,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: targetAgreements.id });
    if (!row) throw new AppError('INTERNAL');
    for (const [i, line] of input.lines.entries()) await insertLine(tx, row.id, line, i);
    await recordAudit(tx, {
      actor: actorOf(principal, input.commanditaireId),
      at: now,
      eventType: 'target.agreement_created',
      entityType: 'target_agreement',
      entityId: row.id,
      details: { year: input.year, groupementId: input.groupementId ?? null, organisationId: input.organisationId ?? null, lines: input.lines.map((l) => ({ service: l.service, territory: l.departementCode ?? l.zoneId, quantity: l.quantity, budgetCents: l.budgetCents })) },
    });
    return row.id;
  });
  return (await loadAgreement(opts.database.db, id)).view;
}
