import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { targetAgreements, targetLines } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { fieldError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { assertAgreement, canEditAgreement } from '../targets.policy';
import type { TAgreement, TAgreementUpdate } from '../targets.schema';
import { loadAgreement } from '../targets.store';
import { checkLines, insertLine, updateLine } from './agreement-lines';

/**
 * The commanditaire changes the title, the alert margin or the lines. A line whose quantity changes
 * gets an even monthly plan again; its split is kept and shows as incomplete until the directors
 * agree on a new one.
 */
export async function updateAgreement(opts: { database: Database; clock: Clock; principal: Principal; id: string; input: TAgreementUpdate }): Promise<TAgreement> {
  const { input } = opts;
  const now = opts.clock.now();
  await opts.database.db.transaction(async (tx) => {
    const { row, access } = await loadAgreement(tx, opts.id, { forUpdate: true });
    assertAgreement(canEditAgreement(opts.principal, access));
    const details: Record<string, unknown> = {};
    if (input.title !== undefined || input.alertMarginPct !== undefined) {
      details.before = { title: row.title, alertMarginPct: row.alertMarginPct };
      details.after = { title: input.title ?? row.title, alertMarginPct: input.alertMarginPct ?? row.alertMarginPct };
    }
    await tx.update(targetAgreements).set({ title: input.title ?? row.title, alertMarginPct: input.alertMarginPct ?? row.alertMarginPct, updatedAt: now }).where(eq(targetAgreements.id, row.id));
    if (input.lines) {
      const existing = await tx.select().from(targetLines).where(eq(targetLines.agreementId, row.id));
      input.lines.forEach((l, i) => {
        if (l.id && !existing.some((e) => e.id === l.id)) throw fieldError('VALIDATION_FAILED', `lines.${i}.id`, 'Cette ligne n’appartient pas à la convention.');
      });
      await checkLines(tx, row.commanditaireId, input.lines);
      const kept = new Set(input.lines.flatMap((l) => (l.id ? [l.id] : [])));
      const removed = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
      if (removed.length) await tx.delete(targetLines).where(inArray(targetLines.id, removed));
      for (const [i, line] of input.lines.entries()) {
        const before = existing.find((e) => e.id === line.id);
        if (before && line.id) await updateLine(tx, { ...line, id: line.id }, before.quantity, i);
        else await insertLine(tx, row.id, line, i);
      }
      details.lines = { before: existing.map((e) => ({ id: e.id, service: e.service, territory: e.departementCode ?? e.zoneId, quantity: e.quantity, budgetCents: e.budgetCents })), after: input.lines.map((l) => ({ id: l.id ?? null, service: l.service, territory: l.departementCode ?? l.zoneId, quantity: l.quantity, budgetCents: l.budgetCents })) };
    }
    await recordAudit(tx, { actor: actorOf(opts.principal, row.commanditaireId), at: now, eventType: 'target.agreement_updated', entityType: 'target_agreement', entityId: row.id, details });
  });
  return (await loadAgreement(opts.database.db, opts.id)).view;
}
