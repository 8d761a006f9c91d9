import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { createLibraryItem, createMeeting, listLibrary, listMeetings, shareLibraryItem, updateMeeting } from './features/meetings';
import { ZLibraryCreate, ZLibraryItem, ZLibraryShare, ZMeeting, ZMeetingCreate, ZMeetingUpdate } from './meetings.schema';
import { NETWORK_ROLES } from './network.policy';
import { ZIdParams, ZOrganisationQuery } from './network.schema';

const tags = ['réseau partenaires'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
const members = { policy: policies.roles(...NETWORK_ROLES) };
const keepers = { policy: policies.roles('referent', 'director') };

/** Meetings of the territory's actors and the library of information material (issue 7, point 3). */
export const meetingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get('/api/network/meetings', { config: members, schema: { tags, summary: 'Réunions du réseau de la structure', querystring: ZOrganisationQuery, response: { 200: z.object({ items: z.array(ZMeeting) }), ...errors } } }, async (request) => ({
    items: await listMeetings({ database, principal: principalOf(request), organisationId: request.query.organisationId }),
  }));
  app.post('/api/network/meetings', { config: keepers, schema: { tags, summary: 'Programmer une réunion du réseau', body: ZMeetingCreate, response: { 201: ZMeeting, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createMeeting({ database, clock, principal: principalOf(request), input: request.body })),
  );
  app.patch('/api/network/meetings/:id', { config: keepers, schema: { tags, summary: 'Compte rendu et décisions d’une réunion', params: ZIdParams, body: ZMeetingUpdate, response: { 200: ZMeeting, ...errors } } }, async (request) =>
    updateMeeting({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body }),
  );
  app.get('/api/network/library', { config: members, schema: { tags, summary: 'Documents d’information de la structure', querystring: ZOrganisationQuery, response: { 200: z.object({ items: z.array(ZLibraryItem) }), ...errors } } }, async (request) => ({
    items: await listLibrary({ database, principal: principalOf(request), organisationId: request.query.organisationId }),
  }));
  app.post('/api/network/library', { config: keepers, schema: { tags, summary: 'Ajouter un document d’information', body: ZLibraryCreate, response: { 201: ZLibraryItem, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createLibraryItem({ database, clock, principal: principalOf(request), input: request.body })),
  );
  app.post('/api/network/library/:id/shares', { config: members, schema: { tags, summary: 'Noter qu’un document a été transmis (date, à qui)', params: ZIdParams, body: ZLibraryShare, response: { 200: ZLibraryItem, ...errors } } }, async (request) =>
    shareLibraryItem({ database, clock, principal: principalOf(request), id: request.params.id, share: request.body }),
  );
};
