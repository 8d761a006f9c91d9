import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { settings } from '../../../db/schema';
import { DEFAULT_DEADLINE_LIMITS, ZDeadlineLimits, type DeadlineLimits } from '../../../domain/deadlines';
import type { Clock } from '../../../lib/clock';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { DEADLINES_SETTING_KEY } from '../pathways.store';

export async function getDeadlineSettings(opts: { database: Database }) {
  const [row] = await opts.database.db.select().from(settings).where(eq(settings.key, DEADLINES_SETTING_KEY));
  const parsed = row ? ZDeadlineLimits.safeParse(row.value) : null;
  if (!row || !parsed?.success) return { limits: DEFAULT_DEADLINE_LIMITS, isDefault: true, updatedAt: null };
  return { limits: parsed.data, isDefault: false, updatedAt: row.updatedAt.toISOString() };
}

/** The platform's time limits (recevabilité answer, pathway length…), audited with the old and new values. */
export async function updateDeadlineSettings(opts: { database: Database; clock: Clock; principal: Principal; input: DeadlineLimits }) {
  const before = await getDeadlineSettings(opts);
  const now = opts.clock.now();
  const userId = opts.principal.type === 'user' ? opts.principal.user.id : null;
  await opts.database.db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ key: DEADLINES_SETTING_KEY, value: opts.input, updatedAt: now, updatedBy: userId })
      .onConflictDoUpdate({ target: settings.key, set: { value: opts.input, updatedAt: now, updatedBy: userId } });
    await recordAudit(tx, { actor: actorOf(opts.principal), at: now, eventType: 'settings.updated', entityType: 'settings', entityId: DEADLINES_SETTING_KEY, details: { before: before.limits, after: opts.input } });
  });
  return getDeadlineSettings(opts);
}
