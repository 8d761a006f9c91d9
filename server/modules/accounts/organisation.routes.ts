import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertActsFor, policies } from '../../lib/policy';
import { ZMembership, ZErrorBody } from '../auth/auth.schema';
import { ZIdParams, ZOrganisation } from './accounts.schema';
import { listOrganisationMembers } from './features/list-organisation-members';
import { loadOrganisation } from './features/load-organisation';

const tags = ['organisations'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };

/** What a professional sees of their own organisation; never another's. */
export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database } = app.deps;

  app.get('/api/organisations/:id', { config: { policy: policies.roles('referent', 'accompagnateur', 'conseiller', 'certificateur_agent', 'director', 'funder_analyst', 'school_staff', 'admin') }, schema: { tags, summary: 'Mon organisation', params: ZIdParams, response: { 200: ZOrganisation, ...errors } } }, async (request) => {
    if (request.principal) assertActsFor(request.principal, request.params.id);
    return loadOrganisation(database.db, request.params.id);
  });

  app.get(
    '/api/organisations/:id/members',
    {
      config: { policy: policies.roles('director', 'admin') },
      schema: {
        tags,
        summary: 'Les membres de mon organisation (direction, administration)',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(z.object({ userId: z.string().uuid(), displayName: z.string(), email: z.string(), membership: ZMembership })) }), ...errors },
      },
    },
    async (request) => {
      if (request.principal) assertActsFor(request.principal, request.params.id, ['director', 'admin']);
      return listOrganisationMembers({ database, organisationId: request.params.id });
    },
  );
};
