import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client';
import { apiTokens, memberships, organisations, sessions, users } from '../../db/schema';
import { SESSION_ABSOLUTE_HOURS, sessionState } from '../../domain/session-timeouts';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { Principal, PrincipalMembership, PrincipalUser } from '../../lib/principal';
import { hashToken, randomToken } from '../../lib/tokens';

export const SESSION_COOKIE = 'jalon_session';
export const CSRF_COOKIE = 'jalon_csrf';
// Writing last_seen_at on every request would turn each read into a write; a minute is precise enough.
const TOUCH_EVERY_MS = 60_000;

export async function createSession(exec: Executor, clock: Clock, userId: string): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3600_000);
  await exec.insert(sessions).values({ id: hashToken(token), userId, csrfToken, createdAt: now, lastSeenAt: now, expiresAt });
  return { token, csrfToken, expiresAt };
}

export async function revokeSession(exec: Executor, clock: Clock, token: string): Promise<void> {
  await exec.update(sessions).set({ revokedAt: clock.now() }).where(eq(sessions.id, hashToken(token)));
}

export async function revokeUserSessions(exec: Executor, clock: Clock, userId: string): Promise<void> {
  await exec.update(sessions).set({ revokedAt: clock.now() }).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

export async function loadPrincipalUser(exec: Executor, userId: string): Promise<{ user: PrincipalUser; memberships: PrincipalMembership[]; disabled: boolean } | null> {
  const [u] = await exec.select().from(users).where(eq(users.id, userId));
  if (!u) return null;
  const rows = await exec
    .select({
      id: memberships.id,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(organisations.disabled, false)))
    .orderBy(organisations.name, memberships.role);
  return {
    user: { id: u.id, email: u.email, displayName: u.displayName, kind: u.kind, isPlatformAdmin: u.isPlatformAdmin },
    memberships: rows,
    disabled: u.disabledAt !== null,
  };
}

interface SessionRow {
  id: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  user_id: string;
  email: string;
  display_name: string;
  kind: PrincipalUser['kind'];
  is_platform_admin: boolean;
  disabled_at: Date | null;
  memberships: PrincipalMembership[];
}

// Every authenticated request runs this: one round trip for session, account and memberships.
const SESSION_QUERY = `
  SELECT s.id, s.csrf_token, s.last_seen_at, s.expires_at, s.revoked_at,
         u.id AS user_id, u.email, u.display_name, u.kind, u.is_platform_admin, u.disabled_at,
         COALESCE((
           SELECT json_agg(json_build_object('id', m.id, 'organisationId', m.organisation_id, 'organisationName', o.name,
                                             'organisationKind', o.kind, 'role', m.role) ORDER BY o.name, m.role)
           FROM memberships m JOIN organisations o ON o.id = m.organisation_id
           WHERE m.user_id = u.id AND NOT o.disabled
         ), '[]'::json) AS memberships
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = $1`;

/**
 * Turns the session cookie into a principal. An expired, revoked or disabled-account session
 * answers SESSION_EXPIRED (the web app then goes back to the login page).
 */
export async function principalFromSession(database: Database, clock: Clock, token: string): Promise<Principal> {
  const [row] = await database.query<SessionRow>(SESSION_QUERY, [hashToken(token)]);
  const now = clock.now();
  if (!row || row.disabled_at) throw new AppError('SESSION_EXPIRED');
  const lastSeenAt = new Date(row.last_seen_at);
  if (sessionState({ lastSeenAt, expiresAt: new Date(row.expires_at), revokedAt: row.revoked_at }, now) !== 'active') throw new AppError('SESSION_EXPIRED');
  if (now.getTime() - lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await database.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
  }
  const memberships = typeof row.memberships === 'string' ? (JSON.parse(row.memberships) as PrincipalMembership[]) : row.memberships;
  return {
    type: 'user',
    user: { id: row.user_id, email: row.email, displayName: row.display_name, kind: row.kind, isPlatformAdmin: row.is_platform_admin },
    memberships,
    sessionId: row.id,
    csrfToken: row.csrf_token,
  };
}

export async function principalFromApiToken(database: Database, clock: Clock, token: string): Promise<Principal> {
  const { db } = database;
  const [t] = await db
    .select({ id: apiTokens.id, organisationId: apiTokens.organisationId, role: apiTokens.role, revokedAt: apiTokens.revokedAt, disabled: organisations.disabled })
    .from(apiTokens)
    .innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
    .where(eq(apiTokens.tokenHash, hashToken(token)));
  if (!t || t.revokedAt || t.disabled) throw new AppError('UNAUTHENTICATED', 'Jeton d’API invalide ou révoqué.');
  await db.update(apiTokens).set({ lastUsedAt: clock.now() }).where(eq(apiTokens.id, t.id));
  return { type: 'api_token', tokenId: t.id, organisationId: t.organisationId, role: t.role };
}
