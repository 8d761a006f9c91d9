import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { users } from '../../../db/schema';
import { AppError } from '../../../lib/errors';
import { loadPrincipalUser } from '../../auth/sessions';
import { presentUser } from '../accounts.presenter';
import type { TUser } from '../accounts.schema';

export async function loadUser(exec: Executor, id: string): Promise<TUser> {
  const [row] = await exec.select().from(users).where(eq(users.id, id));
  if (!row) throw new AppError('NOT_FOUND', 'Compte introuvable.');
  const loaded = await loadPrincipalUser(exec, id);
  return presentUser(row, loaded?.memberships ?? []);
}
