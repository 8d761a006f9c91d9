import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { complaintsRoutes } from './complaints.routes';
import { answerQuestionnaire, viewQuestionnaire } from './features/questionnaire-link';
import { satisfactionSummary } from './features/satisfaction-summary';
import { listRequests, sendQuestionnaire } from './features/send-questionnaire';
import { COMPLAINT_ROLES, SUMMARY_INSIDERS, SUMMARY_OUTSIDERS } from './satisfaction.policy';
import { ZIdParams, ZOrganisationQuery, ZQuestionnaireAnswer, ZQuestionnaireAnswered, ZQuestionnaireView, ZSatisfactionRequest, ZSatisfactionSummary, ZSendQuestionnaire, ZSummaryQuery, ZTokenParams } from './satisfaction.schema';

const tags = ['satisfaction et réclamations'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 410: ZErrorBody };
const senders = { policy: policies.roles('referent', 'accompagnateur', 'conseiller') };
const structure = { policy: policies.roles(...COMPLAINT_ROLES) };
const summaryReaders = { policy: policies.roles(...SUMMARY_INSIDERS, ...SUMMARY_OUTSIDERS) };
const candidateLink = { policy: policies.public() };

/** Satisfaction questionnaires (issue 6 point 5): sending, the candidate's answer by link, aggregates. */
export const satisfactionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  await app.register(complaintsRoutes);

  app.post('/api/pathways/:id/satisfaction', { config: senders, schema: { tags, summary: 'Envoyer le questionnaire de satisfaction au candidat (fin d’accompagnement)', params: ZIdParams, body: ZSendQuestionnaire, response: { 201: ZSatisfactionRequest, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await sendQuestionnaire({ database, clock, principal: principalOf(request), pathwayId: request.params.id, context: request.body.context })),
  );
  app.get('/api/satisfaction/requests', { config: structure, schema: { tags, summary: 'Les questionnaires envoyés par une structure', querystring: ZOrganisationQuery, response: { 200: z.object({ items: z.array(ZSatisfactionRequest) }), ...errors } } }, async (request) => ({
    items: await listRequests({ database, clock, principal: principalOf(request), organisationId: request.query.organisationId }),
  }));
  app.get('/api/satisfaction/summary', { config: summaryReaders, schema: { tags, summary: 'Satisfaction d’une structure sur une période (moyennes masquées sous 5 réponses hors de la structure)', querystring: ZSummaryQuery, response: { 200: ZSatisfactionSummary, ...errors } } }, async (request) =>
    satisfactionSummary({ database, principal: principalOf(request), query: request.query }),
  );

  app.get('/api/satisfaction-links/:token', { config: candidateLink, schema: { tags, summary: 'Le candidat ouvre le questionnaire (sans compte)', params: ZTokenParams, response: { 200: ZQuestionnaireView, ...errors } } }, async (request) =>
    viewQuestionnaire({ database, clock, token: request.params.token }),
  );
  app.post('/api/satisfaction-links/:token', { config: candidateLink, schema: { tags, summary: 'Le candidat répond (lien à usage unique), et peut déposer une réclamation', params: ZTokenParams, body: ZQuestionnaireAnswer, response: { 200: ZQuestionnaireAnswered, ...errors } } }, async (request) =>
    answerQuestionnaire({ database, clock, token: request.params.token, input: request.body }),
  );
};
