import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { departements, targetLineMonths, targetLines, zoneDepartements, zones } from '../../../db/schema';
import { evenPlan } from '../../../domain/dashboards/smoothing';
import { AppError, fieldError } from '../../../lib/errors';
import type { TLineInput } from '../targets.schema';

/**
 * Checks the lines of an agreement: known départements, zones of this commanditaire (or shared
 * ones), and no département counted twice for the same service (a département may not be both a
 * line of its own and part of a zone's line) — otherwise one realisation would fill two lines.
 */
export async function checkLines(tx: Tx, commanditaireId: string, lines: readonly TLineInput[]): Promise<void> {
  const depCodes = [...new Set(lines.flatMap((l) => (l.departementCode ? [l.departementCode] : [])))];
  const known = depCodes.length ? await tx.select({ code: departements.code }).from(departements).where(inArray(departements.code, depCodes)) : [];
  lines.forEach((l, i) => {
    if (l.departementCode && !known.some((k) => k.code === l.departementCode)) throw fieldError('VALIDATION_FAILED', `lines.${i}.departementCode`, 'Département inconnu.');
  });
  const zoneIds = [...new Set(lines.flatMap((l) => (l.zoneId ? [l.zoneId] : [])))];
  const zoneRows = zoneIds.length ? await tx.select().from(zones).where(inArray(zones.id, zoneIds)) : [];
  const zoneDeps = zoneIds.length ? await tx.select().from(zoneDepartements).where(inArray(zoneDepartements.zoneId, zoneIds)) : [];
  lines.forEach((l, i) => {
    if (!l.zoneId) return;
    const z = zoneRows.find((r) => r.id === l.zoneId);
    if (!z || (z.ownerOrganisationId !== null && z.ownerOrganisationId !== commanditaireId)) throw fieldError('VALIDATION_FAILED', `lines.${i}.zoneId`, 'Zone inconnue ou appartenant à une autre organisation.');
  });
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    const covered = l.departementCode ? [l.departementCode] : zoneDeps.filter((z) => z.zoneId === l.zoneId).map((z) => z.departementCode);
    for (const d of covered) {
      const key = `${l.service}:${d}`;
      if (seen.has(key)) throw new AppError('TARGET_TERRITORY_DUPLICATE', undefined, { fields: { [`lines.${i}`]: `Le département ${d} figure déjà pour ce service.` } });
      seen.add(key);
    }
  });
}

/** Inserts a new line with its evenly smoothed monthly plan. */
export async function insertLine(tx: Tx, agreementId: string, line: TLineInput, position: number): Promise<string> {
  const [row] = await tx
    .insert(targetLines)
    .values({ agreementId, service: line.service, departementCode: line.departementCode ?? null, zoneId: line.zoneId ?? null, quantity: line.quantity, budgetCents: line.budgetCents, position })
    .returning({ id: targetLines.id });
  if (!row) throw new AppError('INTERNAL');
  await tx.insert(targetLineMonths).values(evenPlan(line.quantity).map((quantity, i) => ({ lineId: row.id, month: i + 1, quantity })));
  return row.id;
}

/** A changed quantity gets an even plan again: the old months no longer sum to the target. */
export async function updateLine(tx: Tx, line: TLineInput & { id: string }, previousQuantity: number, position: number): Promise<void> {
  await tx
    .update(targetLines)
    .set({ service: line.service, departementCode: line.departementCode ?? null, zoneId: line.zoneId ?? null, quantity: line.quantity, budgetCents: line.budgetCents, position })
    .where(eq(targetLines.id, line.id));
  if (previousQuantity === line.quantity) return;
  await tx.delete(targetLineMonths).where(eq(targetLineMonths.lineId, line.id));
  await tx.insert(targetLineMonths).values(evenPlan(line.quantity).map((quantity, i) => ({ lineId: line.id, month: i + 1, quantity })));
}
