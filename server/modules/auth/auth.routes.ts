import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors';
import { policies } from '../../lib/policy';
import { actorOf } from '../../lib/principal';
import { ZEmailBody, ZErrorBody, ZLoginBody, ZMe, ZPasswordResetConfirmBody, ZTokenBody } from './auth.schema';
import { presentMe } from './auth.presenter';
import { clearSessionCookies, setSessionCookies } from './cookies';
import { confirmPasswordReset } from './features/confirm-password-reset';
import { consumeMagicLink } from './features/consume-magic-link';
import { login } from './features/login';
import { logout } from './features/logout';
import { requestMagicLink } from './features/request-magic-link';
import { requestPasswordReset } from './features/request-password-reset';
import { SESSION_COOKIE } from './sessions';

const tags = ['authentification'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, env } = app.deps;
  const windowMs = env.LOGIN_WINDOW_MINUTES * 60_000;
  // Limits count per address and per email together, whether or not the account exists.
  const emailRateLimit = {
    max: env.LOGIN_MAX_ATTEMPTS,
    timeWindow: windowMs,
    keyGenerator: (req: { ip: string; body?: unknown }) => {
      const email = typeof req.body === 'object' && req.body && 'email' in req.body ? String(req.body.email).toLowerCase() : '';
      return `${req.ip}|${email}`;
    },
  };

  app.post(
    '/api/auth/login',
    {
      config: { policy: policies.public(), rateLimit: emailRateLimit },
      schema: { tags, summary: 'Connexion par adresse et mot de passe', body: ZLoginBody, response: { 200: ZMe, 401: ZErrorBody } },
    },
    async (request, reply) => {
      const result = await login({ database, clock, email: request.body.email, password: request.body.password });
      setSessionCookies(reply, env, result.session);
      return presentMe(result.user, result.memberships, result.session.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { policy: policies.authenticated() }, schema: { tags, summary: 'Déconnexion', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token && request.principal?.type === 'user') await logout({ database, clock, token, actor: actorOf(request.principal) });
      clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    { config: { policy: policies.authenticated() }, schema: { tags, summary: 'La personne connectée', response: { 200: ZMe, 401: ZErrorBody } } },
    async (request) => {
      const p = request.principal;
      if (p?.type !== 'user') throw new AppError('FORBIDDEN', 'Un jeton d’API ne représente pas une personne.');
      return presentMe(p.user, p.memberships, p.csrfToken);
    },
  );

  app.post(
    '/api/auth/magic-link/request',
    {
      config: { policy: policies.public(), rateLimit: emailRateLimit },
      schema: { tags, summary: 'Recevoir un lien de connexion (candidats)', body: ZEmailBody, response: { 202: z.object({ status: z.literal('sent_if_account_exists') }) } },
    },
    async (request, reply) => {
      await requestMagicLink({ database, clock, publicUrl: env.PUBLIC_URL, email: request.body.email });
      return reply.status(202).send({ status: 'sent_if_account_exists' as const });
    },
  );

  app.post(
    '/api/auth/magic-link/consume',
    {
      config: { policy: policies.public(), rateLimit: { max: env.LOGIN_MAX_ATTEMPTS * 3, timeWindow: windowMs } },
      schema: { tags, summary: 'Utiliser un lien de connexion', body: ZTokenBody, response: { 200: ZMe, 400: ZErrorBody } },
    },
    async (request, reply) => {
      const result = await consumeMagicLink({ database, clock, token: request.body.token });
      setSessionCookies(reply, env, result.session);
      return presentMe(result.user, result.memberships, result.session.csrfToken);
    },
  );

  app.post(
    '/api/auth/password-reset/request',
    {
      config: { policy: policies.public(), rateLimit: emailRateLimit },
      schema: { tags, summary: 'Demander un nouveau mot de passe', body: ZEmailBody, response: { 202: z.object({ status: z.literal('sent_if_account_exists') }) } },
    },
    async (request, reply) => {
      await requestPasswordReset({ database, clock, publicUrl: env.PUBLIC_URL, email: request.body.email });
      return reply.status(202).send({ status: 'sent_if_account_exists' as const });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { policy: policies.public(), rateLimit: { max: env.LOGIN_MAX_ATTEMPTS * 3, timeWindow: windowMs } },
      schema: { tags, summary: 'Choisir un nouveau mot de passe', body: ZPasswordResetConfirmBody, response: { 204: z.null(), 400: ZErrorBody } },
    },
    async (request, reply) => {
      await confirmPasswordReset({ database, clock, token: request.body.token, password: request.body.password });
      return reply.status(204).send(null);
    },
  );
};
