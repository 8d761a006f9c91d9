import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMPLAINT_STATUSES } from '../../../common/satisfaction';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { complaintTargets, fileComplaint, myComplaints } from './features/file-complaint';
import { advanceComplaint, listComplaints } from './features/handle-complaint';
import { COMPLAINT_ROLES } from './satisfaction.policy';
import { ZComplaint, ZComplaintAnswerInput, ZComplaintCreate, ZComplaintNote, ZComplaintTargets, ZIdParams } from './satisfaction.schema';

const tags = ['satisfaction et réclamations'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const candidate = { policy: policies.candidate() };
const structure = { policy: policies.roles(...COMPLAINT_ROLES) };
const ZNoQuery = z.strictObject({});
const ZListQuery = z.strictObject({ organisationId: z.string().uuid(), status: z.enum(COMPLAINT_STATUSES).optional() });

/** Complaints: filed by the candidate, tracked by the organisation concerned until closed. */
export const complaintsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get('/api/me/complaints', { config: candidate, schema: { tags, summary: 'Mes réclamations et leur état', querystring: ZNoQuery, response: { 200: z.object({ items: z.array(ZComplaint) }), ...errors } } }, async (request) => ({
    items: await myComplaints({ database, clock, principal: principalOf(request) }),
  }));
  app.get('/api/me/complaint-targets', { config: candidate, schema: { tags, summary: 'Les parcours et structures qu’une réclamation peut concerner', querystring: ZNoQuery, response: { 200: ZComplaintTargets, ...errors } } }, async (request) => {
    const t = await complaintTargets({ database, principal: principalOf(request) });
    return { pathways: t.pathways.map((p) => ({ id: p.id, label: p.label, organisations: p.organisations })), organisations: t.organisations };
  });
  app.post('/api/me/complaints', { config: candidate, schema: { tags, summary: 'Déposer une réclamation', body: ZComplaintCreate, response: { 201: ZComplaint, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await fileComplaint({ database, clock, principal: principalOf(request), input: request.body })),
  );

  app.get('/api/complaints', { config: structure, schema: { tags, summary: 'Les réclamations qui concernent une structure', querystring: ZListQuery, response: { 200: z.object({ items: z.array(ZComplaint) }), ...errors } } }, async (request) => ({
    items: await listComplaints({ database, clock, principal: principalOf(request), organisationId: request.query.organisationId, status: request.query.status ? [request.query.status] : undefined }),
  }));
  app.post('/api/complaints/:id/acknowledge', { config: structure, schema: { tags, summary: 'Accuser réception d’une réclamation (prise en compte)', params: ZIdParams, body: ZComplaintNote, response: { 200: ZComplaint, ...errors } } }, async (request) =>
    advanceComplaint({ database, clock, principal: principalOf(request), id: request.params.id, step: 'acknowledge', text: request.body.note }),
  );
  app.post('/api/complaints/:id/answer', { config: structure, schema: { tags, summary: 'Enregistrer la réponse apportée', params: ZIdParams, body: ZComplaintAnswerInput, response: { 200: ZComplaint, ...errors } } }, async (request) =>
    advanceComplaint({ database, clock, principal: principalOf(request), id: request.params.id, step: 'answer', text: request.body.answer }),
  );
  app.post('/api/complaints/:id/close', { config: structure, schema: { tags, summary: 'Clore une réclamation répondue', params: ZIdParams, body: ZComplaintNote, response: { 200: ZComplaint, ...errors } } }, async (request) =>
    advanceComplaint({ database, clock, principal: principalOf(request), id: request.params.id, step: 'close', text: request.body.note }),
  );
};
