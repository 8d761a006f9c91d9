import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { createAgreement } from './features/create-agreement';
import { setLineMonths, setLineShares } from './features/plan-and-split';
import { listParties } from './features/list-parties';
import { listAgreements, viewAgreement } from './features/read-agreements';
import { updateAgreement } from './features/update-agreement';
import { COMMANDITAIRE_ROLES, TARGET_ROLES } from './targets.policy';
import { ZAgreement, ZAgreementCreate, ZAgreementList, ZAgreementQuery, ZAgreementUpdate, ZIdParams, ZMonthsInput, ZParties, ZPartiesQuery, ZSharesInput } from './targets.schema';

const tags = ['objectifs et conventions'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const readers = { policy: policies.roles(...TARGET_ROLES) };
const commanditaire = { policy: policies.roles(...COMMANDITAIRE_ROLES) };
const directors = { policy: policies.roles('director') };

/** Funders' yearly agreements: lines per territory and service, the groupement's split, the monthly plan. */
export const targetsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get('/api/target-agreements', { config: readers, schema: { tags, summary: 'Conventions d’une organisation (commanditaire, groupement ou structure)', querystring: ZAgreementQuery, response: { 200: ZAgreementList, ...errors } } }, async (request) => ({
    items: await listAgreements({ database, principal: principalOf(request), organisationId: request.query.organisationId, year: request.query.year }),
  }));
  app.post('/api/target-agreements', { config: commanditaire, schema: { tags, summary: 'Créer la convention annuelle (objectifs par territoire et service)', body: ZAgreementCreate, response: { 201: ZAgreement, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createAgreement({ database, clock, principal: principalOf(request), input: request.body })),
  );
  app.get('/api/target-parties', { config: commanditaire, schema: { tags, summary: 'Groupements et structures avec qui le commanditaire peut passer convention', querystring: ZPartiesQuery, response: { 200: ZParties, ...errors } } }, async (request) =>
    listParties({ database, principal: principalOf(request), commanditaireId: request.query.commanditaireId }),
  );
  app.get('/api/target-agreements/:id', { config: readers, schema: { tags, summary: 'Une convention, ses lignes, sa répartition et son plan mensuel', params: ZIdParams, response: { 200: ZAgreement, ...errors } } }, async (request) =>
    viewAgreement({ database, principal: principalOf(request), id: request.params.id }),
  );
  app.patch('/api/target-agreements/:id', { config: commanditaire, schema: { tags, summary: 'Modifier une convention (intitulé, marge d’alerte, lignes)', params: ZIdParams, body: ZAgreementUpdate, response: { 200: ZAgreement, ...errors } } }, async (request) =>
    updateAgreement({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body }),
  );
  app.put('/api/target-lines/:id/months', { config: readers, schema: { tags, summary: 'Lisser l’objectif d’une ligne sur l’année (somme = objectif)', params: ZIdParams, body: ZMonthsInput, response: { 200: ZAgreement, ...errors } } }, async (request) =>
    setLineMonths({ database, clock, principal: principalOf(request), lineId: request.params.id, months: request.body.months }),
  );
  app.put('/api/target-lines/:id/shares', { config: directors, schema: { tags, summary: 'Répartir l’objectif d’une ligne entre les structures du groupement', params: ZIdParams, body: ZSharesInput, response: { 200: ZAgreement, ...errors } } }, async (request) =>
    setLineShares({ database, clock, principal: principalOf(request), lineId: request.params.id, shares: request.body.shares }),
  );
};
