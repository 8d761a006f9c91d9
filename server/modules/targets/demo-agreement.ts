import type { Tx } from '../../db/client';
import { targetAgreements, targetLineMonths, targetLines, targetLineShares } from '../../db/schema';
import { evenPlan } from '../../domain/dashboards/smoothing';

/**
 * The demo Région's yearly agreement with its groupement: Calvados and Seine-Maritime, both
 * services, each département's line given to the groupement's structure there (demo seed only).
 */
export async function seedDemoAgreement(tx: Tx, opts: { commanditaireId: string; groupementId: string; year: number; structureByDepartement: Record<string, string>; at: Date }): Promise<void> {
  const [agreement] = await tx
    .insert(targetAgreements)
    .values({ commanditaireId: opts.commanditaireId, year: opts.year, title: `Convention conseil et assistance renforcée VAE ${opts.year}`, groupementId: opts.groupementId, alertMarginPct: 10, createdAt: opts.at, updatedAt: opts.at })
    .returning({ id: targetAgreements.id });
  if (!agreement) throw new Error('seed agreement insert failed');
  let position = 0;
  for (const [departementCode, organisationId] of Object.entries(opts.structureByDepartement)) {
    for (const [service, quantity, euros] of [['conseil_vae', 48, 300], ['assistance_renforcee', 36, 800]] as const) {
      const [line] = await tx.insert(targetLines).values({ agreementId: agreement.id, service, departementCode, quantity, budgetCents: quantity * euros * 100, position: position++ }).returning({ id: targetLines.id });
      if (!line) throw new Error('seed line insert failed');
      await tx.insert(targetLineMonths).values(evenPlan(quantity).map((q, i) => ({ lineId: line.id, month: i + 1, quantity: q })));
      await tx.insert(targetLineShares).values({ lineId: line.id, organisationId, quantity });
    }
  }
}
