import { asc, eq, inArray } from 'drizzle-orm';
import { phaseOfState } from '../../../../common/assistance';
import type { Database } from '../../../db/client';
import { assessmentItems, assessments, assessmentSensitiveNotes, pathways } from '../../../db/schema';
import { compareAssessments } from '../../../domain/assistance/compare-assessments';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { catalogueFor } from '../assistance.catalogue';
import { mutateAssistance } from '../assistance.mutate';
import { assertCanOnAssistance } from '../assistance.policy';
import type { TAssessmentCreate, TAssistance } from '../assistance.schema';
import { loadAssistance } from '../assistance.store';

/** A new diagnostic of the conditions of success; earlier ones are kept for comparison. */
export async function addAssessment(opts: { database: Database; clock: Clock; principal: Principal; id: string; input: TAssessmentCreate }): Promise<TAssistance> {
  const { input } = opts;
  return mutateAssistance({
    ...opts,
    event: 'assistance.assessed',
    apply: async ({ tx, loaded, now }) => {
      const { catalogue, importanceOf } = await catalogueFor(tx, loaded.row.organisationId);
      const known = new Set(catalogue.conditions.map((c) => c.code));
      const unknown = input.items.filter((i) => !known.has(i.conditionCode)).map((i) => i.conditionCode);
      if (unknown.length > 0) throw new AppError('VALIDATION_FAILED', `Condition inconnue : ${unknown.join(', ')}.`, { fields: { items: `Inconnue(s) : ${unknown.join(', ')}` } });
      const codes = input.items.map((i) => i.conditionCode);
      if (new Set(codes).size !== codes.length) throw new AppError('VALIDATION_FAILED', 'Une condition apparaît deux fois.', { fields: { items: 'Condition en double.' } });
      const [pathway] = await tx.select({ state: pathways.state }).from(pathways).where(eq(pathways.id, loaded.row.pathwayId));
      const phase = phaseOfState(pathway?.state ?? 'information');
      const [created] = await tx
        .insert(assessments)
        .values({ assistanceId: loaded.row.id, phase, assessedAt: now, assessedByUserId: opts.principal.type === 'user' ? opts.principal.user.id : null, summary: input.summary })
        .returning({ id: assessments.id });
      if (!created) throw new Error('assessment insert returned nothing');
      // Conditions left out of the form are recorded as not assessed, so every assessment is complete.
      const byCode = new Map(input.items.map((i) => [i.conditionCode, i]));
      await tx.insert(assessmentItems).values(
        catalogue.conditions.map((c) => ({ assessmentId: created.id, conditionCode: c.code, status: byCode.get(c.code)?.status ?? 'not_assessed', importance: importanceOf(c.code), comment: byCode.get(c.code)?.comment ?? '' })),
      );
      if (input.sensitiveNotes) await tx.insert(assessmentSensitiveNotes).values({ assessmentId: created.id, notes: input.sensitiveNotes });
      await tx.update(pathways).set({ lastContactAt: now }).where(eq(pathways.id, loaded.row.pathwayId));
      const count = (s: string) => input.items.filter((i) => i.status === s).length;
      return { assessmentId: created.id, phase, missing: count('missing'), partlyMet: count('partly_met'), met: count('met'), sensitiveNotes: Boolean(input.sensitiveNotes) };
    },
  });
}

/** Two assessments side by side: what improved, what is still missing. */
export async function compareTwoAssessments(opts: { database: Database; principal: Principal; id: string; before: string; after: string }) {
  const { db } = opts.database;
  const { access } = await loadAssistance(db, opts.id);
  assertCanOnAssistance(opts.principal, access, 'view');
  const rows = await db.select().from(assessments).where(inArray(assessments.id, [opts.before, opts.after]));
  const before = rows.find((r) => r.id === opts.before);
  const after = rows.find((r) => r.id === opts.after);
  if (!before || !after || before.assistanceId !== opts.id || after.assistanceId !== opts.id) throw new AppError('NOT_FOUND', 'Diagnostic introuvable pour cette assistance.');
  const items = await db.select().from(assessmentItems).where(inArray(assessmentItems.assessmentId, [before.id, after.id])).orderBy(asc(assessmentItems.conditionCode));
  const { catalogue } = await catalogueFor(db, access.organisationId);
  const comparison = compareAssessments(
    items.filter((i) => i.assessmentId === before.id),
    items.filter((i) => i.assessmentId === after.id),
  );
  const defs = new Map(catalogue.conditions.map((c, index) => [c.code, { ...c, index }]));
  const rowsOut = comparison.conditions
    .filter((c) => defs.has(c.conditionCode))
    .sort((a, b) => (defs.get(a.conditionCode)?.index ?? 0) - (defs.get(b.conditionCode)?.index ?? 0))
    .map((c) => ({ ...c, wording: defs.get(c.conditionCode)?.wording ?? c.conditionCode, list: defs.get(c.conditionCode)?.list ?? 'material' }));
  return {
    before: { id: before.id, assessedAt: before.assessedAt.toISOString() },
    after: { id: after.id, assessedAt: after.assessedAt.toISOString() },
    rows: rowsOut,
    summary: { improved: comparison.summary.improved, worsened: comparison.summary.worsened, unchanged: comparison.summary.unchanged, stillMissing: rowsOut.filter((r) => r.after === 'missing').length },
  };
}
