/** ANSSI-style session limits: a session dies after 30 idle minutes or 12 hours, whichever comes first. */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
export const MAGIC_LINK_VALID_MINUTES = 15;
export const PASSWORD_RESET_VALID_MINUTES = 60;

export type SessionState = 'active' | 'idle_expired' | 'absolute_expired' | 'revoked';

export function sessionState(
  s: { lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null },
  now: Date,
): SessionState {
  if (s.revokedAt) return 'revoked';
  if (now.getTime() >= s.expiresAt.getTime()) return 'absolute_expired';
  if (now.getTime() - s.lastSeenAt.getTime() >= SESSION_IDLE_MINUTES * 60_000) return 'idle_expired';
  return 'active';
}
