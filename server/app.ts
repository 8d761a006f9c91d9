import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from './db/client';
import type { Clock } from './lib/clock';
import type { TEnv } from './lib/env';
import { AppError } from './lib/errors';
import { registerErrorHandlers } from './lib/http-errors';
import type { Logger } from './lib/logger';
import { enforcePolicy, policies, type Policy } from './lib/policy';
import type { Principal } from './lib/principal';
import { safeEqual } from './lib/tokens';
import type { Mailer } from './modules/mailbox/mailer';
import { CSRF_COOKIE, SESSION_COOKIE, principalFromApiToken, principalFromSession } from './modules/auth/sessions';
import { registerModules } from './modules';

export interface AppDeps {
  database: Database;
  env: TEnv;
  clock: Clock;
  logger: Logger;
  mailer: Mailer | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every route as registered, with its policy: the route enumeration test reads it. */
    routeTable: RegisteredRoute[];
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    policy?: Policy;
  }
}

export type App = FastifyInstance;

export interface RegisteredRoute {
  method: string;
  url: string;
  policy: Policy | undefined;
  hiddenFromDocs: boolean;
}

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    loggerInstance: deps.logger,
    // Fastify's own request lines carry full URLs (query strings may hold names); ours log the route pattern.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: deps.env.BODY_LIMIT_BYTES,
    trustProxy: true,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.decorateRequest('principal', null);
  registerErrorHandlers(app);

  // Documentation and web assets are public by nature; everything else must declare its policy.
  const routeTable: RegisteredRoute[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (!route.config?.policy && (route.url.startsWith('/api/docs') || !route.url.startsWith('/api'))) {
      route.config = { ...(route.config ?? {}), policy: policies.public() };
    }
    const hide = route.schema?.hide === true;
    for (const method of [route.method].flat()) {
      routeTable.push({ method, url: route.url, policy: route.config?.policy, hiddenFromDocs: hide });
    }
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // HSTS only makes sense behind TLS; it is added below when the request came over HTTPS.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
  await app.register(rateLimit, {
    global: false,
    // preHandler, not onRequest: the login key includes the email, which needs the parsed body.
    hook: 'preHandler',
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });

  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) reply.header('cache-control', 'no-store');
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=63072000; includeSubDomains');
  });

  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? 'unknown', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });

  // Who is calling: a bearer API token, a session cookie, or nobody.
  app.addHook('onRequest', async (request) => {
    const auth = request.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      request.principal = await principalFromApiToken(deps.database, deps.clock, auth.slice(7).trim());
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const policy = request.is404 ? policies.public() : request.routeOptions.config?.policy;
    try {
      request.principal = await principalFromSession(deps.database, deps.clock, token);
    } catch (err) {
      // A stale cookie must not block public pages such as the login form.
      if (policy?.kind === 'public') return;
      throw err;
    }
  });

  // Deny by default, then CSRF for cookie sessions on state-changing requests.
  app.addHook('preHandler', async (request) => {
    if (request.is404) return;
    enforcePolicy(request.routeOptions.config?.policy, request.principal);
    const p = request.principal;
    if (p?.type === 'user' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, p.csrfToken)) throw new AppError('CSRF_FAILED');
    }
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Jalon API', version: '0.1.0', description: 'API de Jalon, plateforme des parcours de VAE.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { policy: policies.public() }, schema: { hide: true } }, async () => app.swagger());

  await registerModules(app);

  const hasWeb = existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api') && (request.headers.accept ?? '').includes('text/html');
    if (hasWeb && wantsPage) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send(new AppError('ROUTE_NOT_FOUND').toBody());
  });

  return app;
}

export { CSRF_COOKIE };
