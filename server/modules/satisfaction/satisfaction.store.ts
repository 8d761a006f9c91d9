import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client';
import { satisfactionRequests, settings } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { hashToken } from '../../lib/tokens';

export type SatisfactionRequestRow = typeof satisfactionRequests.$inferSelect;

/** The delay an administrator may change in `settings` (key below); this is the default. */
export const SATISFACTION_DELAYS_KEY = 'satisfaction.delays';
export const ZSatisfactionDelays = z.object({ expiryDays: z.number().int().min(1).max(365) });
export type SatisfactionDelays = z.infer<typeof ZSatisfactionDelays>;
export const DEFAULT_SATISFACTION_DELAYS: SatisfactionDelays = { expiryDays: 30 };

export async function loadSatisfactionDelays(exec: Executor): Promise<SatisfactionDelays> {
  const [row] = await exec.select().from(settings).where(eq(settings.key, SATISFACTION_DELAYS_KEY));
  const parsed = ZSatisfactionDelays.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_SATISFACTION_DELAYS;
}

export const questionnairePath = (token: string) => `/satisfaction/${token}`;
export const frenchDate = (d: Date) => format(d, 'd MMMM yyyy', { locale: fr });

/** Unknown, used and expired links are three different refusals, each with its stable code. */
export async function resolveQuestionnaireLink(exec: Executor, token: string, now: Date, forUpdate = false): Promise<SatisfactionRequestRow> {
  const base = exec.select().from(satisfactionRequests).where(eq(satisfactionRequests.tokenHash, hashToken(token)));
  const [row] = forUpdate ? await base.for('update') : await base;
  if (!row) throw new AppError('TOKEN_INVALID');
  if (row.answeredAt) throw new AppError('SATISFACTION_LINK_USED');
  if (!row.expiresAt || row.expiresAt.getTime() <= now.getTime()) throw new AppError('SATISFACTION_LINK_EXPIRED');
  return row;
}
