import { and, eq } from 'drizzle-orm';
import type { Importance } from '../../../../common/assistance';
import type { Database } from '../../../db/client';
import { assistanceEligibilityCriteria, conditionImportanceOverrides, memberships, organisations } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { loadAssistanceCatalogue } from '../../../reference/assistance/catalogue';
import { recordAudit } from '../../audit/record-audit';

export interface AssistanceSettings {
  criteria: { code: string; label: string }[];
  importance: { conditionCode: string; importance: Importance }[];
}

/** A platform admin, or the organisation's administrator or direction. */
async function assertManages(db: Database['db'], principal: Principal, organisationId: string) {
  const [org] = await db.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, organisationId));
  if (!org) throw new AppError('NOT_FOUND', 'Organisation introuvable.');
  if (principal.type === 'user' && principal.user.isPlatformAdmin) return org;
  const userId = principal.type === 'user' ? principal.user.id : null;
  const rows = userId ? await db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId))) : [];
  if (!rows.some((r) => r.role === 'admin' || r.role === 'director')) throw new AppError('FORBIDDEN');
  return org;
}

export async function getAssistanceSettings(opts: { database: Database; principal: Principal; organisationId: string }): Promise<AssistanceSettings> {
  const { db } = opts.database;
  await assertManages(db, opts.principal, opts.organisationId);
  const criteria = await db.select({ code: assistanceEligibilityCriteria.code, label: assistanceEligibilityCriteria.label }).from(assistanceEligibilityCriteria).where(eq(assistanceEligibilityCriteria.commanditaireId, opts.organisationId)).orderBy(assistanceEligibilityCriteria.position);
  const importance = await db.select({ conditionCode: conditionImportanceOverrides.conditionCode, importance: conditionImportanceOverrides.importance }).from(conditionImportanceOverrides).where(eq(conditionImportanceOverrides.organisationId, opts.organisationId)).orderBy(conditionImportanceOverrides.conditionCode);
  return { criteria, importance };
}

/**
 * A commanditaire sets the eligibility criteria of its mandate; a commanditaire or a structure marks
 * conditions important or desirable for its candidates. The whole set is replaced at once.
 */
export async function putAssistanceSettings(opts: { database: Database; clock: Clock; principal: Principal; organisationId: string; input: AssistanceSettings }): Promise<AssistanceSettings> {
  const { input } = opts;
  await opts.database.db.transaction(async (tx) => {
    const org = await assertManages(tx, opts.principal, opts.organisationId);
    if (input.criteria.length > 0 && org.kind !== 'commanditaire') throw new AppError('VALIDATION_FAILED', 'Seul un commanditaire fixe des critères d’éligibilité.', { fields: { criteria: 'Réservé au commanditaire.' } });
    const codes = input.criteria.map((c) => c.code);
    if (new Set(codes).size !== codes.length) throw new AppError('VALIDATION_FAILED', 'Deux critères ont le même code.', { fields: { criteria: 'Code en double.' } });
    const known = new Set(loadAssistanceCatalogue().conditions.map((c) => c.code));
    const unknown = input.importance.filter((i) => !known.has(i.conditionCode)).map((i) => i.conditionCode);
    if (unknown.length > 0) throw new AppError('VALIDATION_FAILED', `Condition inconnue : ${unknown.join(', ')}.`, { fields: { importance: 'Condition inconnue.' } });
    await tx.delete(assistanceEligibilityCriteria).where(eq(assistanceEligibilityCriteria.commanditaireId, opts.organisationId));
    if (input.criteria.length) await tx.insert(assistanceEligibilityCriteria).values(input.criteria.map((c, position) => ({ commanditaireId: opts.organisationId, code: c.code, label: c.label, position })));
    await tx.delete(conditionImportanceOverrides).where(eq(conditionImportanceOverrides.organisationId, opts.organisationId));
    if (input.importance.length) await tx.insert(conditionImportanceOverrides).values(input.importance.map((i) => ({ organisationId: opts.organisationId, conditionCode: i.conditionCode, importance: i.importance })));
    await recordAudit(tx, { actor: actorOf(opts.principal, opts.organisationId), at: opts.clock.now(), eventType: 'assistance.settings_updated', entityType: 'organisation', entityId: opts.organisationId, details: { criteria: codes, importance: input.importance.length } });
  });
  return getAssistanceSettings(opts);
}
