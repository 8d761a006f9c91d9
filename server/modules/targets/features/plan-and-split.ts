import { eq } from 'drizzle-orm';
import type { Database, Tx } from '../../../db/client';
import { targetAgreements, targetLineMonths, targetLines, targetLineShares } from '../../../db/schema';
import { planProblem } from '../../../domain/dashboards/smoothing';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { organisationIdsOf } from '../../../lib/policy';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { assertAgreement, canPlan, canSplit } from '../targets.policy';
import type { TAgreement } from '../targets.schema';
import { loadAgreement, type LoadedAgreement } from '../targets.store';

interface Ctx {
  database: Database;
  clock: Clock;
  principal: Principal;
  lineId: string;
}

async function loadLine(tx: Tx, lineId: string): Promise<{ line: typeof targetLines.$inferSelect; agreement: LoadedAgreement }> {
  const [line] = await tx.select().from(targetLines).where(eq(targetLines.id, lineId)).for('update');
  if (!line) throw new AppError('NOT_FOUND', 'Ligne de convention introuvable.');
  return { line, agreement: await loadAgreement(tx, line.agreementId) };
}

/** Whom the audit row names: the structure the person acts for in this agreement, else the commanditaire. */
function actingOrg(principal: Principal, agreement: LoadedAgreement): string {
  return organisationIdsOf(principal).find((id) => agreement.access.structureIds.includes(id)) ?? agreement.row.commanditaireId;
}

/** The edited monthly plan of a line: twelve whole months summing to its quantity, or refused unchanged. */
export async function setLineMonths(opts: Ctx & { months: number[] }): Promise<TAgreement> {
  const now = opts.clock.now();
  const agreementId = await opts.database.db.transaction(async (tx) => {
    const { line, agreement } = await loadLine(tx, opts.lineId);
    assertAgreement(canPlan(opts.principal, agreement.access));
    const problem = planProblem(opts.months, line.quantity);
    if (problem) {
      const message = problem.kind === 'sum' ? `Le plan totalise ${problem.sum} alors que l’objectif est de ${problem.expected} : ajustez les mois.` : undefined;
      throw new AppError('TARGET_PLAN_SUM', message, { fields: { months: message ?? 'Plan invalide.' } });
    }
    const before = await tx.select().from(targetLineMonths).where(eq(targetLineMonths.lineId, line.id));
    await tx.delete(targetLineMonths).where(eq(targetLineMonths.lineId, line.id));
    await tx.insert(targetLineMonths).values(opts.months.map((quantity, i) => ({ lineId: line.id, month: i + 1, quantity })));
    await tx.update(targetAgreements).set({ updatedAt: now }).where(eq(targetAgreements.id, agreement.row.id));
    await recordAudit(tx, {
      actor: actorOf(opts.principal, actingOrg(opts.principal, agreement)),
      at: now,
      eventType: 'target.plan_updated',
      entityType: 'target_line',
      entityId: line.id,
      details: { agreementId: agreement.row.id, before: before.sort((a, b) => a.month - b.month).map((m) => m.quantity), after: opts.months },
    });
    return agreement.row.id;
  });
  return (await loadAgreement(opts.database.db, agreementId)).view;
}

/** The groupement's directors share a line among its member structures; the shares must sum to the line. */
export async function setLineShares(opts: Ctx & { shares: { organisationId: string; quantity: number }[] }): Promise<TAgreement> {
  const now = opts.clock.now();
  const agreementId = await opts.database.db.transaction(async (tx) => {
    const { line, agreement } = await loadLine(tx, opts.lineId);
    assertAgreement(canSplit(opts.principal, agreement.access));
    if (!agreement.row.groupementId) throw new AppError('TARGET_NOT_GROUPEMENT');
    const ids = opts.shares.map((s) => s.organisationId);
    const notMember = opts.shares.findIndex((s) => !agreement.access.structureIds.includes(s.organisationId));
    if (notMember >= 0 || new Set(ids).size !== ids.length) throw new AppError('TARGET_SPLIT_NOT_MEMBER', undefined, { fields: { [`shares.${Math.max(notMember, 0)}.organisationId`]: 'Structure hors du groupement ou en double.' } });
    const sum = opts.shares.reduce((a, s) => a + s.quantity, 0);
    if (sum !== line.quantity) throw new AppError('TARGET_SPLIT_SUM', `La répartition totalise ${sum} alors que l’objectif de la ligne est de ${line.quantity}.`, { fields: { shares: `Total ${sum} ≠ ${line.quantity}.` } });
    const before = await tx.select().from(targetLineShares).where(eq(targetLineShares.lineId, line.id));
    await tx.delete(targetLineShares).where(eq(targetLineShares.lineId, line.id));
    await tx.insert(targetLineShares).values(opts.shares.map((s) => ({ lineId: line.id, organisationId: s.organisationId, quantity: s.quantity })));
    await tx.update(targetAgreements).set({ updatedAt: now }).where(eq(targetAgreements.id, agreement.row.id));
    await recordAudit(tx, {
      actor: actorOf(opts.principal, actingOrg(opts.principal, agreement)),
      at: now,
      eventType: 'target.split_updated',
      entityType: 'target_line',
      entityId: line.id,
      details: { agreementId: agreement.row.id, before: before.map((s) => ({ organisationId: s.organisationId, quantity: s.quantity })), after: opts.shares },
    });
    return agreement.row.id;
  });
  return (await loadAgreement(opts.database.db, agreementId)).view;
}
