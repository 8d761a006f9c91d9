import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { loadDashboardSettings } from '../dashboards/dashboard-settings';
import { attachmentHeader } from '../pathways/pathways.routes';
import { TARGET_ROLES } from '../targets/targets.policy';
import { activityPlanning, renderPlanningXlsx } from './features/activity-planning';
import { createReport } from './features/create-report';
import { editReport } from './features/edit-report';
import { listReports, readReport } from './features/read-reports';
import { renderReportPdf } from './features/report-pdf';
import { renderReportXlsx } from './features/report-xlsx';
import { resourceCentreCsv } from './features/resource-centre-csv';
import { sendReport } from './features/send-report';
import { signReport } from './features/sign-report';
import { startCertificate } from './features/start-certificate';
import { REPORT_FUNDERS, REPORT_STRUCTURE_READERS } from './reports.policy';
import { ZIdParams, ZNarrativeInput, ZOrgYearQuery, ZPlanning, ZReport, ZReportCreate, ZReportList } from './reports.schema';

const tags = ['rapports et documents'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const ZNoQuery = z.strictObject({});
const file = (what: string) => z.unknown().describe(what);
const readers = { policy: policies.roles(...REPORT_STRUCTURE_READERS, ...REPORT_FUNDERS) };
const directors = { policy: policies.roles('director') };
const agreementReaders = { policy: policies.roles(...TARGET_ROLES) };
const funders = { policy: policies.roles(...REPORT_FUNDERS) };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Issue 8 documents: the start-of-action certificate, yearly reports (draft → signed → sent), the planning, the resource centre's CSV. */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, env } = app.deps;
  app.get('/api/reports', { config: readers, schema: { tags, summary: 'Rapports annuels d’une structure, ou reçus par un commanditaire', querystring: ZOrgYearQuery, response: { 200: ZReportList, ...errors } } }, async (request) => ({
    items: await listReports({ database, principal: principalOf(request), organisationId: request.query.organisationId, year: request.query.year }),
  }));
  app.post('/api/reports', { config: directors, schema: { tags, summary: 'Créer le brouillon du rapport annuel (chiffres calculés)', body: ZReportCreate, response: { 201: ZReport, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createReport({ database, clock, principal: principalOf(request), input: request.body })),
  );
  app.get('/api/reports/:id', { config: readers, schema: { tags, summary: 'Un rapport annuel (effectifs masqués pour le commanditaire)', params: ZIdParams, querystring: ZNoQuery, response: { 200: ZReport, ...errors } } }, async (request) =>
    (await readReport({ database, principal: principalOf(request), id: request.params.id })).report,
  );
  app.put('/api/reports/:id/narrative', { config: directors, schema: { tags, summary: 'Rédiger le bilan qualitatif (brouillon seulement)', params: ZIdParams, body: ZNarrativeInput, response: { 200: ZReport, ...errors } } }, async (request) =>
    editReport({ database, clock, principal: principalOf(request), id: request.params.id, narrative: request.body.narrative }),
  );
  app.post('/api/reports/:id/refresh', { config: directors, schema: { tags, summary: 'Recalculer les chiffres du brouillon', params: ZIdParams, response: { 200: ZReport, ...errors } } }, async (request) =>
    editReport({ database, clock, principal: principalOf(request), id: request.params.id, refresh: true }),
  );
  app.post('/api/reports/:id/sign', { config: directors, schema: { tags, summary: 'Signer le rapport (fige son contenu et son empreinte SHA-256)', params: ZIdParams, response: { 200: ZReport, ...errors } } }, async (request) =>
    signReport({ database, clock, principal: principalOf(request), id: request.params.id }),
  );
  app.post('/api/reports/:id/send', { config: directors, schema: { tags, summary: 'Envoyer le rapport signé au commanditaire', params: ZIdParams, response: { 200: ZReport, ...errors } } }, async (request) =>
    sendReport({ database, clock, principal: principalOf(request), id: request.params.id, publicUrl: env.PUBLIC_URL }),
  );
  app.get('/api/reports/:id/report.pdf', { config: readers, schema: { tags, summary: 'Le rapport en PDF', params: ZIdParams, querystring: ZNoQuery, response: { 200: file('Le PDF, en pièce jointe'), ...errors } } }, async (request, reply) => {
    const { report } = await readReport({ database, principal: principalOf(request), id: request.params.id });
    return reply.header('content-type', 'application/pdf').header('content-disposition', attachmentHeader(`rapport-annuel-${report.year}.pdf`)).send(await renderReportPdf(report));
  });
  app.get('/api/reports/:id/report.xlsx', { config: readers, schema: { tags, summary: 'Le rapport en classeur (une feuille par partie)', params: ZIdParams, querystring: ZNoQuery, response: { 200: file('Le classeur XLSX, en pièce jointe'), ...errors } } }, async (request, reply) => {
    const { report } = await readReport({ database, principal: principalOf(request), id: request.params.id });
    return reply.header('content-type', XLSX).header('content-disposition', attachmentHeader(`rapport-annuel-${report.year}.xlsx`)).send(await renderReportXlsx(report));
  });
  app.get('/api/target-agreements/:id/start-certificate.pdf', { config: agreementReaders, schema: { tags, summary: 'Attestation de démarrage de l’action (PDF)', params: ZIdParams, querystring: ZNoQuery, response: { 200: file('Le PDF, en pièce jointe'), ...errors } } }, async (request, reply) => {
    const doc = await startCertificate({ database, clock, principal: principalOf(request), agreementId: request.params.id });
    return reply.header('content-type', 'application/pdf').header('content-disposition', attachmentHeader(doc.name)).send(doc.content);
  });
  app.get('/api/target-agreements/:id/planning', { config: agreementReaders, schema: { tags, summary: 'Planification de l’activité : plan mensuel et réalisé par ligne', params: ZIdParams, querystring: ZNoQuery, response: { 200: ZPlanning, ...errors } } }, async (request) =>
    activityPlanning({ database, clock, principal: principalOf(request), agreementId: request.params.id }),
  );
  app.get('/api/target-agreements/:id/planning.xlsx', { config: agreementReaders, schema: { tags, summary: 'Planification de l’activité (classeur)', params: ZIdParams, querystring: ZNoQuery, response: { 200: file('Le classeur XLSX, en pièce jointe'), ...errors } } }, async (request, reply) => {
    const planning = await activityPlanning({ database, clock, principal: principalOf(request), agreementId: request.params.id });
    const { minCount } = await loadDashboardSettings(database.db);
    const content = await renderPlanningXlsx(planning, minCount, clock.now());
    return reply.header('content-type', XLSX).header('content-disposition', attachmentHeader(`planification-${planning.year}.xlsx`)).send(content);
  });
  app.get('/api/resource-centre/statistics.csv', { config: funders, schema: { tags, summary: 'Statistiques anonymisées de la région (CSV ; séparé, UTF-8 avec BOM)', querystring: ZOrgYearQuery, response: { 200: file('Le CSV, en pièce jointe'), ...errors } } }, async (request, reply) => {
    const doc = await resourceCentreCsv({ database, clock, principal: principalOf(request), ...request.query });
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', attachmentHeader(doc.name)).send(doc.content);
  });
};
