import { describe, expect, it } from 'vitest';
import { sessionState } from './session-timeouts';

const start = new Date('2026-03-02T09:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const session = (lastSeenMinutes: number) => ({ lastSeenAt: at(lastSeenMinutes), expiresAt: at(12 * 60), revokedAt: null });

describe('sessionState', () => {
  it('is active while used within 30 minutes', () => {
    expect(sessionState(session(0), at(29))).toBe('active');
  });
  it('expires after 30 idle minutes', () => {
    expect(sessionState(session(0), at(30))).toBe('idle_expired');
  });
  it('expires after 12 hours even when used all along', () => {
    expect(sessionState(session(12 * 60 - 1), at(12 * 60))).toBe('absolute_expired');
  });
  it('is revoked once logged out', () => {
    expect(sessionState({ ...session(0), revokedAt: at(1) }, at(2))).toBe('revoked');
  });
});
