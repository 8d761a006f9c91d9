import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { attachmentHeader } from '../pathways/pathways.routes';
import { catalogueFor } from './assistance.catalogue';
import {
  ZAgreementAccept,
  ZAgreementCreate,
  ZAssessmentCreate,
  ZAssistance,
  ZAssistanceClose,
  ZAssistanceSettings,
  ZAssistanceStart,
  ZCatalogue,
  ZCommitmentCreate,
  ZCommitmentUpdate,
  ZCompareQuery,
  ZComparison,
  ZIdParams,
  ZItemParams,
  ZOrganisationParams,
  ZPlanItemCreate,
  ZPlanItemUpdate,
  ZSensitiveWelcome,
  ZSuggestion,
  ZToHandleItem,
} from './assistance.schema';
import { assertCanOnAssistance } from './assistance.policy';
import { findAssistanceIdOfPathway, loadAssistance } from './assistance.store';
import { presentAssistance } from './assistance.view';
import { acceptAgreement, agreementDocument, createAgreement } from './features/agreements';
import { assessmentDocument } from './features/assessment-document';
import { addAssessment, compareTwoAssessments } from './features/assessments';
import { closeAssistance } from './features/close-assistance';
import { addCommitment, updateCommitment } from './features/commitments';
import { addPlanItem, suggestionsFor, updatePlanItem } from './features/plan';
import { readSensitiveNotes } from './features/sensitive-notes';
import { getAssistanceSettings, putAssistanceSettings } from './features/settings';
import { criteriaFor } from './features/start-assistance';
import { startAssistance } from './features/start-assistance';
import { listToHandle } from './features/to-handle';

const tags = ['assistance renforcée'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const ZNoQuery = z.strictObject({});
const anyone = { policy: policies.authenticated() };
const referents = { policy: policies.roles('referent') };
const professionals = { policy: policies.roles('referent', 'accompagnateur', 'conseiller', 'certificateur_agent', 'director', 'funder_analyst') };

/** Assistance renforcée (seed 004): entry, diagnostic, plan, agreement, commitments, risk, closure. */
export const assistanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, env } = app.deps;
  const view = async (principal: ReturnType<typeof principalOf>, id: string) => {
    const { access } = await loadAssistance(database.db, id);
    assertCanOnAssistance(principal, access, 'view');
    return presentAssistance(database.db, id, principal, clock.now());
  };

  app.get('/api/assistance/catalogue', { config: professionals, schema: { tags, summary: 'Conditions de réussite et appuis (seed 004), vus par une structure', querystring: z.strictObject({ organisationId: z.string().uuid() }), response: { 200: ZCatalogue, ...errors } } }, async (request) => {
    const principal = principalOf(request);
    const mine = principal.type === 'api_token' ? principal.organisationId === request.query.organisationId : principal.memberships.some((m) => m.organisationId === request.query.organisationId);
    if (!mine) throw new AppError('FORBIDDEN');
    const { catalogue, importanceOf, custom } = await catalogueFor(database.db, request.query.organisationId);
    return {
      conditions: catalogue.conditions.map((c) => ({ code: c.code, list: c.list, wording: c.wording, importance: importanceOf(c.code), field: c.field })),
      supports: [...catalogue.supports.map((s) => ({ code: s.code, wording: s.wording, phases: s.phases, nature: s.nature, customSupportId: null })), ...custom.map((c) => ({ code: `PERSO-${c.id.slice(0, 8)}`, wording: c.wording, phases: c.phases, nature: c.nature, customSupportId: c.id }))],
    };
  });
  app.get('/api/organisations/:organisationId/assistance-settings', { config: anyone, schema: { tags, summary: 'Critères d’éligibilité et importance des conditions', params: ZOrganisationParams, querystring: ZNoQuery, response: { 200: ZAssistanceSettings, ...errors } } }, async (request) =>
    getAssistanceSettings({ database, principal: principalOf(request), organisationId: request.params.organisationId }),
  );
  app.put('/api/organisations/:organisationId/assistance-settings', { config: anyone, schema: { tags, summary: 'Fixer les critères d’éligibilité (commanditaire) et l’importance des conditions', params: ZOrganisationParams, body: ZAssistanceSettings, response: { 200: ZAssistanceSettings, ...errors } } }, async (request) =>
    putAssistanceSettings({ database, clock, principal: principalOf(request), organisationId: request.params.organisationId, input: request.body }),
  );
  app.get('/api/assistance/eligibility-criteria', { config: referents, schema: { tags, summary: 'Les critères d’éligibilité applicables à ma structure', querystring: z.strictObject({ organisationId: z.string().uuid() }), response: { 200: z.object({ items: z.array(z.object({ code: z.string(), label: z.string() })) }), ...errors } } }, async (request) => {
    const principal = principalOf(request);
    if (principal.type !== 'user' || !principal.memberships.some((m) => m.organisationId === request.query.organisationId && m.role === 'referent')) throw new AppError('FORBIDDEN');
    return { items: (await criteriaFor(database.db, request.query.organisationId)).map((c) => ({ code: c.code, label: c.label })) };
  });
  app.get('/api/assistance/to-handle', { config: referents, schema: { tags, summary: 'À traiter : les candidats suivis, par risque de décrochage', querystring: ZNoQuery, response: { 200: z.object({ items: z.array(ZToHandleItem) }), ...errors } } }, async (request) =>
    listToHandle({ database, clock, principal: principalOf(request) }),
  );

  app.post('/api/pathways/:id/assistance', { config: referents, schema: { tags, summary: 'Commencer l’assistance renforcée (accueil)', params: ZIdParams, body: ZAssistanceStart, response: { 201: ZAssistance, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await startAssistance({ database, clock, principal: principalOf(request), pathwayId: request.params.id, input: request.body })),
  );
  app.get('/api/pathways/:id/assistance', { config: anyone, schema: { tags, summary: 'L’assistance renforcée du parcours (en cours, sinon la dernière)', params: ZIdParams, response: { 200: ZAssistance, ...errors } } }, async (request) => {
    const id = await findAssistanceIdOfPathway(database.db, request.params.id);
    if (!id) throw new AppError('NOT_FOUND', 'Pas d’assistance renforcée sur ce parcours.');
    return view(principalOf(request), id);
  });
  app.get('/api/assistances/:id', { config: anyone, schema: { tags, summary: 'Une assistance renforcée', params: ZIdParams, response: { 200: ZAssistance, ...errors } } }, async (request) => view(principalOf(request), request.params.id));
  app.get('/api/assistances/:id/welcome-notes', { config: anyone, schema: { tags, summary: 'Notes confidentielles (lecture tracée)', params: ZIdParams, response: { 200: ZSensitiveWelcome, ...errors } } }, async (request) =>
    readSensitiveNotes({ database, clock, principal: principalOf(request), id: request.params.id }),
  );
  app.post('/api/assistances/:id/assessments', { config: referents, schema: { tags, summary: 'Nouveau diagnostic des conditions de réussite', params: ZIdParams, body: ZAssessmentCreate, response: { 201: ZAssistance, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await addAssessment({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body })),
  );
  app.get('/api/assessments/:id/document', { config: anyone, schema: { tags, summary: 'Le diagnostic partagé, à lire et imprimer (PDF)', params: ZIdParams, response: { 200: z.unknown().describe('Le PDF, en pièce jointe'), ...errors } } }, async (request, reply) => {
    const doc = await assessmentDocument({ database, principal: principalOf(request), assessmentId: request.params.id });
    return reply.header('content-type', 'application/pdf').header('content-disposition', attachmentHeader(doc.name)).send(doc.content);
  });
  app.get('/api/assistances/:id/comparison', { config: anyone, schema: { tags, summary: 'Comparer deux diagnostics', params: ZIdParams, querystring: ZCompareQuery, response: { 200: ZComparison, ...errors } } }, async (request) =>
    compareTwoAssessments({ database, principal: principalOf(request), id: request.params.id, before: request.query.before, after: request.query.after }),
  );
  app.get('/api/assistances/:id/suggestions', { config: anyone, schema: { tags, summary: 'Appuis suggérés pour les conditions manquantes', params: ZIdParams, querystring: ZNoQuery, response: { 200: z.object({ items: z.array(ZSuggestion) }), ...errors } } }, async (request) =>
    suggestionsFor({ database, principal: principalOf(request), id: request.params.id }),
  );
  app.post('/api/assistances/:id/plan-items', { config: referents, schema: { tags, summary: 'Ajouter un appui au plan', params: ZIdParams, body: ZPlanItemCreate, response: { 201: ZAssistance, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await addPlanItem({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body })),
  );
  app.patch('/api/assistances/:id/plan-items/:itemId', { config: referents, schema: { tags, summary: 'Suivre un appui (statut, retour, effet)', params: ZItemParams, body: ZPlanItemUpdate, response: { 200: ZAssistance, ...errors } } }, async (request) =>
    updatePlanItem({ database, clock, principal: principalOf(request), id: request.params.id, itemId: request.params.itemId, input: request.body }),
  );
  app.post('/api/assistances/:id/agreements', { config: referents, schema: { tags, summary: 'Rédiger une version de l’accord', params: ZIdParams, body: ZAgreementCreate, response: { 201: ZAssistance, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createAgreement({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body })),
  );
  app.get('/api/agreements/:id/document', { config: anyone, schema: { tags, summary: 'L’accord en PDF', params: ZIdParams, response: { 200: z.unknown().describe('Le PDF, en pièce jointe'), ...errors } } }, async (request, reply) => {
    const doc = await agreementDocument({ database, principal: principalOf(request), agreementId: request.params.id });
    return reply.header('content-type', 'application/pdf').header('content-disposition', attachmentHeader(doc.name)).send(doc.content);
  });
  app.post('/api/agreements/:id/acceptance', { config: anyone, schema: { tags, summary: 'Accord du candidat (depuis son compte, ou signé sur place)', params: ZIdParams, body: ZAgreementAccept, response: { 200: ZAssistance, ...errors } } }, async (request) =>
    acceptAgreement({ database, clock, principal: principalOf(request), agreementId: request.params.id, input: request.body }),
  );
  app.post('/api/assistances/:id/commitments', { config: referents, schema: { tags, summary: 'Convenir d’un engagement (rétroplanning)', params: ZIdParams, body: ZCommitmentCreate, response: { 201: ZAssistance, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await addCommitment({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body })),
  );
  app.patch('/api/assistances/:id/commitments/:itemId', { config: referents, schema: { tags, summary: 'Engagement tenu ou abandonné', params: ZItemParams, body: ZCommitmentUpdate, response: { 200: ZAssistance, ...errors } } }, async (request) =>
    updateCommitment({ database, clock, principal: principalOf(request), id: request.params.id, itemId: request.params.itemId, status: request.body.status, publicUrl: env.PUBLIC_URL }),
  );
  app.post('/api/assistances/:id/closure', { config: referents, schema: { tags, summary: 'Clore l’assistance renforcée', params: ZIdParams, body: ZAssistanceClose, response: { 200: ZAssistance, ...errors } } }, async (request) =>
    closeAssistance({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body }),
  );
};
