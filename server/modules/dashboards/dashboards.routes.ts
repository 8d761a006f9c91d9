import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { loadDashboardSettings, updateDashboardSettings, ZDashboardSettings } from './dashboard-settings';
import { FUNDER_ROLES } from './dashboards.policy';
import {
  ZFacts,
  ZFactsQuery,
  ZFunderDashboard,
  ZIdParams,
  ZOrgQuery,
  ZOrgYearQuery,
  ZReferentDashboard,
  ZResourceCentreDashboard,
  ZStructureDashboard,
  ZTrainingDay,
  ZTrainingDayCreate,
} from './dashboards.schema';
import { funderDashboard } from './features/funder-dashboard';
import { listFacts } from './features/list-facts';
import { referentDashboard } from './features/referent-dashboard';
import { resourceCentreDashboard } from './features/resource-centre-dashboard';
import { structureDashboard } from './features/structure-dashboard';
import { deleteTrainingDay, listTrainingDays, recordTrainingDay } from './features/training-days';
import { parisYearMonth } from './aggregates/calendar';

const tags = ['tableaux de bord'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
const referents = { policy: policies.roles('referent') };
const directors = { policy: policies.roles('director') };
const structure = { policy: policies.roles('director', 'referent') };
const funders = { policy: policies.roles(...FUNDER_ROLES) };
const admin = { policy: policies.platformAdmin() };

/** Dashboards of each reader (issue 8), the lists behind their figures, professional development days. */
export const dashboardsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get('/api/dashboards/referent', { config: referents, schema: { tags, summary: 'Tableau de bord du référent', querystring: ZOrgQuery, response: { 200: ZReferentDashboard, ...errors } } }, async (request) =>
    referentDashboard({ database, clock, principal: principalOf(request), organisationId: request.query.organisationId }),
  );
  app.get('/api/dashboards/structure', { config: directors, schema: { tags, summary: 'Tableau de bord de la direction de la structure', querystring: ZOrgYearQuery, response: { 200: ZStructureDashboard, ...errors } } }, async (request) =>
    structureDashboard({ database, clock, principal: principalOf(request), ...request.query }),
  );
  app.get('/api/dashboards/commanditaire', { config: funders, schema: { tags, summary: 'Tableau de bord du commanditaire (effectifs masqués sous le seuil)', querystring: ZOrgYearQuery, response: { 200: ZFunderDashboard, ...errors } } }, async (request) =>
    funderDashboard({ database, clock, principal: principalOf(request), ...request.query }),
  );
  app.get('/api/dashboards/resource-centre', { config: funders, schema: { tags, summary: 'Statistiques anonymisées pour la cellule ressource régionale', querystring: ZOrgYearQuery, response: { 200: ZResourceCentreDashboard, ...errors } } }, async (request) =>
    resourceCentreDashboard({ database, clock, principal: principalOf(request), ...request.query }),
  );
  app.get('/api/dashboards/facts', { config: structure, schema: { tags, summary: 'La liste derrière un chiffre (structure seulement)', querystring: ZFactsQuery, response: { 200: ZFacts, ...errors } } }, async (request) =>
    listFacts({ database, principal: principalOf(request), query: request.query }),
  );
  app.get('/api/training-days', { config: structure, schema: { tags, summary: 'Journées de professionnalisation de l’année', querystring: ZOrgYearQuery, response: { 200: z.object({ items: z.array(ZTrainingDay) }), ...errors } } }, async (request) => ({
    items: await listTrainingDays({ database, principal: principalOf(request), organisationId: request.query.organisationId, year: request.query.year ?? parisYearMonth(clock.now()).year }),
  }));
  app.post('/api/training-days', { config: structure, schema: { tags, summary: 'Enregistrer une journée de professionnalisation', body: ZTrainingDayCreate, response: { 201: ZTrainingDay, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await recordTrainingDay({ database, clock, principal: principalOf(request), input: request.body })),
  );
  app.delete('/api/training-days/:id', { config: directors, schema: { tags, summary: 'Supprimer une journée de professionnalisation', params: ZIdParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await deleteTrainingDay({ database, clock, principal: principalOf(request), id: request.params.id });
    return reply.status(204).send(null);
  });
  app.get('/api/admin/settings/dashboards', { config: admin, schema: { tags: ['administration'], summary: 'Seuil de masquage, marge d’alerte, temps de travail', response: { 200: ZDashboardSettings, ...errors } } }, async () => loadDashboardSettings(database.db));
  app.put('/api/admin/settings/dashboards', { config: admin, schema: { tags: ['administration'], summary: 'Modifier les réglages des tableaux de bord', body: ZDashboardSettings, response: { 200: ZDashboardSettings, ...errors } } }, async (request) =>
    updateDashboardSettings({ database, clock, principal: principalOf(request), input: request.body }),
  );
};
