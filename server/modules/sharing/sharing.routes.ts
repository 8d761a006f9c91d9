import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { readAccessLog } from './features/access-log';
import { grantAccess, listGrants, withdrawGrant } from './features/grants';
import { ZAccessLog, ZGrant, ZGrantCreate, ZGrantList, ZGrantParams, ZNoQuery, ZPathwayParams } from './sharing.schema';

const tags = ['partage du dossier'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
// The candidate alone grants, withdraws and reads the access log; the feature checks it is their pathway.
const candidate = { policy: policies.candidate() };

/** Sharing a pathway (issue 7, point 4): grants to the organisations of the pathway, and the access log. */
export const sharingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get('/api/pathways/:id/grants', { config: candidate, schema: { tags, summary: 'Mes autorisations de partage sur ce parcours', params: ZPathwayParams, querystring: ZNoQuery, response: { 200: ZGrantList, ...errors } } }, async (request) =>
    listGrants({ database, principal: principalOf(request), pathwayId: request.params.id }),
  );
  app.post('/api/pathways/:id/grants', { config: candidate, schema: { tags, summary: 'Partager des parties de mon dossier avec une organisation du parcours', params: ZPathwayParams, body: ZGrantCreate, response: { 201: ZGrant, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await grantAccess({ database, clock, principal: principalOf(request), pathwayId: request.params.id, input: request.body })),
  );
  app.delete('/api/pathways/:id/grants/:grantId', { config: candidate, schema: { tags, summary: 'Retirer une autorisation (effet immédiat)', params: ZGrantParams, response: { 200: ZGrant, ...errors } } }, async (request) =>
    withdrawGrant({ database, clock, principal: principalOf(request), pathwayId: request.params.id, grantId: request.params.grantId }),
  );
  app.get('/api/pathways/:id/access-log', { config: candidate, schema: { tags, summary: 'Qui a consulté mon dossier, quoi et quand', params: ZPathwayParams, querystring: ZNoQuery, response: { 200: ZAccessLog, ...errors } } }, async (request) => ({
    items: await readAccessLog({ database, principal: principalOf(request), pathwayId: request.params.id }),
  }));
};
