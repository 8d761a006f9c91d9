import type { FastifyReply } from 'fastify';
import type { TEnv } from '../../lib/env';
import { CSRF_COOKIE, SESSION_COOKIE } from './sessions';

export function setSessionCookies(reply: FastifyReply, env: TEnv, s: { token: string; csrfToken: string; expiresAt: Date }): void {
  const secure = env.COOKIE_SECURE === 'true';
  reply.setCookie(SESSION_COOKIE, s.token, { path: '/', httpOnly: true, secure, sameSite: 'lax', expires: s.expiresAt });
  // Readable by the web app, which echoes it in the x-csrf-token header (double submit).
  reply.setCookie(CSRF_COOKIE, s.csrfToken, { path: '/', httpOnly: false, secure, sameSite: 'strict', expires: s.expiresAt });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
