import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { memberships, professionalTrainingDays, users } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError, fieldError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { assertDashboard } from '../dashboards.policy';
import type { TTrainingDay, TTrainingDayCreate } from '../dashboards.schema';

const isDirectorOf = (p: Principal, organisationId: string) => p.type === 'user' && (p.user.isPlatformAdmin || p.memberships.some((m) => m.organisationId === organisationId && m.role === 'director'));

/** The structure's professional development days for a year (director: everyone; référent: their own). */
export async function listTrainingDays(opts: { database: Database; principal: Principal; organisationId: string; year: number }): Promise<TTrainingDay[]> {
  assertDashboard(opts.principal, opts.organisationId, ['director', 'referent']);
  const t = professionalTrainingDays;
  const own = isDirectorOf(opts.principal, opts.organisationId) || opts.principal.type !== 'user' ? undefined : eq(t.userId, opts.principal.user.id);
  const rows = await opts.database.db
    .select({ t, userName: users.displayName })
    .from(t)
    .innerJoin(users, eq(users.id, t.userId))
    .where(and(eq(t.organisationId, opts.organisationId), gte(t.heldOn, `${opts.year}-01-01`), lt(t.heldOn, `${opts.year + 1}-01-01`), own))
    .orderBy(asc(t.heldOn));
  return rows.map((r) => ({ id: r.t.id, organisationId: r.t.organisationId, userId: r.t.userId, userName: r.userName, heldOn: r.t.heldOn, days: Number(r.t.days), title: r.t.title }));
}

/** A director records anyone's day; a référent records their own. The person must belong to the structure. */
export async function recordTrainingDay(opts: { database: Database; clock: Clock; principal: Principal; input: TTrainingDayCreate }): Promise<TTrainingDay> {
  const { input, principal } = opts;
  assertDashboard(principal, input.organisationId, ['director', 'referent']);
  if (!isDirectorOf(principal, input.organisationId) && (principal.type !== 'user' || principal.user.id !== input.userId)) throw new AppError('FORBIDDEN');
  const now = opts.clock.now();
  return opts.database.db.transaction(async (tx) => {
    const [member] = await tx
      .select({ name: users.displayName })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, input.organisationId), eq(memberships.userId, input.userId)))
      .limit(1);
    if (!member) throw fieldError('VALIDATION_FAILED', 'userId', 'Cette personne n’est pas membre de la structure.');
    const [row] = await tx
      .insert(professionalTrainingDays)
      .values({ organisationId: input.organisationId, userId: input.userId, heldOn: input.heldOn, days: String(input.days), title: input.title, createdByUserId: principal.type === 'user' ? principal.user.id : null, createdAt: now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordAudit(tx, { actor: actorOf(principal, input.organisationId), at: now, eventType: 'training_day.recorded', entityType: 'training_day', entityId: row.id, details: { userId: input.userId, heldOn: input.heldOn, days: input.days, title: input.title } });
    return { id: row.id, organisationId: row.organisationId, userId: row.userId, userName: member.name, heldOn: row.heldOn, days: Number(row.days), title: row.title };
  });
}

export async function deleteTrainingDay(opts: { database: Database; clock: Clock; principal: Principal; id: string }): Promise<void> {
  const now = opts.clock.now();
  await opts.database.db.transaction(async (tx) => {
    const [row] = await tx.select().from(professionalTrainingDays).where(eq(professionalTrainingDays.id, opts.id)).for('update');
    if (!row) throw new AppError('NOT_FOUND', 'Journée introuvable.');
    if (!isDirectorOf(opts.principal, row.organisationId)) throw new AppError('FORBIDDEN');
    await tx.delete(professionalTrainingDays).where(eq(professionalTrainingDays.id, row.id));
    await recordAudit(tx, { actor: actorOf(opts.principal, row.organisationId), at: now, eventType: 'training_day.deleted', entityType: 'training_day', entityId: row.id, details: { userId: row.userId, heldOn: row.heldOn, days: Number(row.days), title: row.title } });
  });
}
