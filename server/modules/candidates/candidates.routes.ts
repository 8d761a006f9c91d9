import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors';
import { policies } from '../../lib/policy';
import type { Principal } from '../../lib/principal';
import { ZErrorBody } from '../auth/auth.schema';
import { ZPaged } from '../../lib/pagination';
import { ZCandidate, ZCandidateCreate, ZCandidateListQuery, ZCandidateSummary, ZCandidateUpdate, ZSensitive } from './candidates.schema';
import { createCandidate } from './features/create-candidate';
import { getCandidate } from './features/get-candidate';
import { listCandidates } from './features/list-candidates';
import { readCandidateSensitive } from './features/read-candidate-sensitive';
import { updateCandidate } from './features/update-candidate';

const tags = ['candidats'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const ZIdParams = z.strictObject({ id: z.string().uuid() });
const fileRoles = { policy: policies.roles('referent', 'conseiller', 'accompagnateur') };

export function principalOf(request: { principal: Principal | null }): Principal {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  return request.principal;
}

/** Candidates' files: opened by a structure, seen by the actors of their pathways. */
export const candidatesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.post('/api/candidates', { config: fileRoles, schema: { tags, summary: 'Ouvrir le dossier d’un candidat', body: ZCandidateCreate, response: { 201: ZCandidate, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createCandidate({ database, clock, principal: principalOf(request), input: request.body })),
  );
  app.get('/api/candidates', { config: { policy: policies.roles('referent', 'conseiller', 'accompagnateur', 'director', 'certificateur_agent', 'funder_analyst') }, schema: { tags, summary: 'Les candidats que je peux voir, par nom ou adresse', querystring: ZCandidateListQuery, response: { 200: ZPaged(ZCandidateSummary), ...errors } } }, async (request) =>
    listCandidates({ database, principal: principalOf(request), query: request.query }),
  );
  app.get('/api/candidates/:id', { config: { policy: policies.authenticated() }, schema: { tags, summary: 'Le dossier d’un candidat', params: ZIdParams, response: { 200: ZCandidate, ...errors } } }, async (request) =>
    getCandidate({ database, principal: principalOf(request), id: request.params.id }),
  );
  app.patch('/api/candidates/:id', { config: fileRoles, schema: { tags, summary: 'Modifier le dossier d’un candidat', params: ZIdParams, body: ZCandidateUpdate, response: { 200: ZCandidate, ...errors } } }, async (request) =>
    updateCandidate({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body }),
  );
  app.get(
    '/api/candidates/:id/sensitive',
    { config: { policy: policies.authenticated() }, schema: { tags, summary: 'Besoins d’aménagement et santé (lecture tracée)', params: ZIdParams, response: { 200: z.object({ sensitive: ZSensitive.nullable() }), ...errors } } },
    async (request) => readCandidateSensitive({ database, clock, principal: principalOf(request), id: request.params.id }),
  );
};
