import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPaged } from '../../lib/pagination';
import { policies } from '../../lib/policy';
import { actorOf } from '../../lib/principal';
import { ZErrorBody } from '../auth/auth.schema';
import {
  ZApiToken,
  ZApiTokenCreate,
  ZGroupement,
  ZGroupementCreate,
  ZIdParams,
  ZMembershipCreate,
  ZOrganisation,
  ZOrganisationCreate,
  ZOrganisationListQuery,
  ZOrganisationUpdate,
  ZUser,
  ZUserCreate,
  ZUserListQuery,
  ZUserUpdate,
} from './accounts.schema';
import { addMembership } from './features/add-membership';
import { createApiToken } from './features/create-api-token';
import { createGroupement } from './features/create-groupement';
import { createOrganisation } from './features/create-organisation';
import { createUser } from './features/create-user';
import { listApiTokens } from './features/list-api-tokens';
import { listGroupements } from './features/list-groupements';
import { listOrganisations } from './features/list-organisations';
import { listUsers } from './features/list-users';
import { loadOrganisation } from './features/load-organisation';
import { loadUser } from './features/load-user';
import { removeMembership } from './features/remove-membership';
import { revokeApiToken } from './features/revoke-api-token';
import { updateOrganisation } from './features/update-organisation';
import { updateUser } from './features/update-user';

const tags = ['administration'];
const admin = { policy: policies.platformAdmin() };
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };

/** The platform administration: organisations, accounts, memberships, groupements, API tokens. */
export const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, env } = app.deps;

  app.get('/api/admin/organisations', { config: admin, schema: { tags, summary: 'Lister les organisations', querystring: ZOrganisationListQuery, response: { 200: ZPaged(ZOrganisation), ...errors } } }, async (request) =>
    listOrganisations({ database, query: request.query }),
  );
  app.post('/api/admin/organisations', { config: admin, schema: { tags, summary: 'Créer une organisation', body: ZOrganisationCreate, response: { 201: ZOrganisation, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createOrganisation({ database, clock, actor: actorOf(request.principal), input: request.body })),
  );
  app.get('/api/admin/organisations/:id', { config: admin, schema: { tags, summary: 'Une organisation', params: ZIdParams, response: { 200: ZOrganisation, ...errors } } }, async (request) =>
    loadOrganisation(database.db, request.params.id),
  );
  app.patch('/api/admin/organisations/:id', { config: admin, schema: { tags, summary: 'Modifier une organisation', params: ZIdParams, body: ZOrganisationUpdate, response: { 200: ZOrganisation, ...errors } } }, async (request) =>
    updateOrganisation({ database, clock, actor: actorOf(request.principal), id: request.params.id, input: request.body }),
  );

  app.get('/api/admin/users', { config: admin, schema: { tags, summary: 'Lister les comptes', querystring: ZUserListQuery, response: { 200: ZPaged(ZUser), ...errors } } }, async (request) =>
    listUsers({ database, query: request.query }),
  );
  app.post('/api/admin/users', { config: admin, schema: { tags, summary: 'Créer un compte', body: ZUserCreate, response: { 201: ZUser, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createUser({ database, clock, actor: actorOf(request.principal), publicUrl: env.PUBLIC_URL, input: request.body })),
  );
  app.get('/api/admin/users/:id', { config: admin, schema: { tags, summary: 'Un compte', params: ZIdParams, response: { 200: ZUser, ...errors } } }, async (request) =>
    loadUser(database.db, request.params.id),
  );
  app.patch('/api/admin/users/:id', { config: admin, schema: { tags, summary: 'Modifier ou désactiver un compte', params: ZIdParams, body: ZUserUpdate, response: { 200: ZUser, ...errors } } }, async (request) =>
    updateUser({ database, clock, actor: actorOf(request.principal), id: request.params.id, input: request.body }),
  );

  app.post('/api/admin/memberships', { config: admin, schema: { tags, summary: 'Rattacher un compte à une organisation avec un rôle', body: ZMembershipCreate, response: { 201: ZUser, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await addMembership({ database, clock, actor: actorOf(request.principal), input: request.body })),
  );
  app.delete('/api/admin/memberships/:id', { config: admin, schema: { tags, summary: 'Retirer un rattachement', params: ZIdParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await removeMembership({ database, clock, actor: actorOf(request.principal), id: request.params.id });
    return reply.status(204).send(null);
  });

  app.get('/api/admin/groupements', { config: admin, schema: { tags, summary: 'Lister les groupements', querystring: z.strictObject({}), response: { 200: z.object({ items: z.array(ZGroupement) }), ...errors } } }, async () =>
    listGroupements({ database }),
  );
  app.post('/api/admin/groupements', { config: admin, schema: { tags, summary: 'Créer un groupement de structures', body: ZGroupementCreate, response: { 201: ZGroupement, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createGroupement({ database, clock, actor: actorOf(request.principal), input: request.body })),
  );

  app.get('/api/admin/api-tokens', { config: admin, schema: { tags, summary: 'Lister les jetons d’API', querystring: z.strictObject({}), response: { 200: z.object({ items: z.array(ZApiToken) }), ...errors } } }, async () =>
    listApiTokens({ database }),
  );
  app.post('/api/admin/api-tokens', { config: admin, schema: { tags, summary: 'Créer un jeton d’API (affiché une seule fois)', body: ZApiTokenCreate, response: { 201: ZApiToken.extend({ token: z.string() }), ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createApiToken({ database, clock, actor: actorOf(request.principal), input: request.body })),
  );
  app.delete('/api/admin/api-tokens/:id', { config: admin, schema: { tags, summary: 'Révoquer un jeton d’API', params: ZIdParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await revokeApiToken({ database, clock, actor: actorOf(request.principal), id: request.params.id });
    return reply.status(204).send(null);
  });
};
