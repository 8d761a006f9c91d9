import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DEFAULT_DASHBOARD_SETTINGS, type DashboardSettings } from '../../../common/targets';
import type { Database, Executor } from '../../db/client';
import { settings } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { actorOf, type Principal } from '../../lib/principal';
import { recordAudit } from '../audit/record-audit';

export const DASHBOARD_SETTINGS_KEY = 'dashboards';

export const ZDashboardSettings = z.strictObject({
  minCount: z.number().int().min(2).max(100),
  alertMarginPct: z.number().int().min(0).max(100),
  workingHoursPerYear: z.number().int().min(100).max(3000),
  minTrainingDays: z.number().min(0).max(30),
  minAssistanceShare: z.number().min(0).max(1),
}) satisfies z.ZodType<DashboardSettings>;

/** The administrator's values, or the defaults (a stored value that no longer validates falls back too). */
export async function loadDashboardSettings(exec: Executor): Promise<DashboardSettings> {
  const [row] = await exec.select().from(settings).where(eq(settings.key, DASHBOARD_SETTINGS_KEY));
  const parsed = row ? ZDashboardSettings.safeParse(row.value) : null;
  return parsed?.success ? parsed.data : DEFAULT_DASHBOARD_SETTINGS;
}

export async function updateDashboardSettings(opts: { database: Database; clock: Clock; principal: Principal; input: DashboardSettings }): Promise<DashboardSettings> {
  const now = opts.clock.now();
  const userId = opts.principal.type === 'user' ? opts.principal.user.id : null;
  await opts.database.db.transaction(async (tx) => {
    const before = await loadDashboardSettings(tx);
    await tx
      .insert(settings)
      .values({ key: DASHBOARD_SETTINGS_KEY, value: opts.input, updatedAt: now, updatedBy: userId })
      .onConflictDoUpdate({ target: settings.key, set: { value: opts.input, updatedAt: now, updatedBy: userId } });
    await recordAudit(tx, { actor: actorOf(opts.principal), at: now, eventType: 'settings.updated', entityType: 'settings', entityId: DASHBOARD_SETTINGS_KEY, details: { before, after: opts.input } });
  });
  return loadDashboardSettings(opts.database.db);
}
