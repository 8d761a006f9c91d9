import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client';
import { authTokens, users } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { hashToken, randomToken } from '../../../lib/tokens';

export type EmailTokenKind = 'magic_link' | 'password_reset';

export async function findActiveUserByEmail(exec: Executor, email: string) {
  const [user] = await exec.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return user && !user.disabledAt ? user : null;
}

export async function issueEmailToken(exec: Executor, clock: Clock, kind: EmailTokenKind, userId: string, validMinutes: number): Promise<string> {
  const token = randomToken();
  const now = clock.now();
  await exec.insert(authTokens).values({
    kind,
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + validMinutes * 60_000),
  });
  return token;
}

/**
 * Marks the token used and returns its user, in one conditional UPDATE: two concurrent uses of
 * the same link cannot both succeed. Expired, used or unknown tokens answer TOKEN_INVALID.
 */
export async function consumeEmailToken(database: Database | { db: Executor }, clock: Clock, kind: EmailTokenKind, token: string): Promise<string> {
  const now = clock.now();
  const [row] = await database.db
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.kind, kind), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .returning({ userId: authTokens.userId });
  if (!row) throw new AppError('TOKEN_INVALID');
  return row.userId;
}
