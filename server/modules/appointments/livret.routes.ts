import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { attachmentHeader } from '../pathways/pathways.routes';
import { ZIdParams } from './appointments.schema';
import { assembleLivret, buildLivret } from './features/livret';
import { renderLivretPdf } from './features/livret-pdf';
import { livretZip } from './features/livret-zip';
import { ZLivret } from './livret.schema';

const tags = ['rendez-vous'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
const ZNoQuery = z.strictObject({});
// Record-level: the candidate, the référent's structure, the organisations the candidate shared the livret with (sharing.policy.ts).
const anyone = { policy: policies.authenticated() };
const file = (what: string) => z.unknown().describe(what);

/** The livret de suivi: on screen, as a PDF, and as a ZIP of the PDF with every proof for a funder's audit. */
export const livretRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get('/api/pathways/:id/livret', { config: anyone, schema: { tags, summary: 'Livret de suivi du parcours', params: ZIdParams, querystring: ZNoQuery, response: { 200: ZLivret, ...errors } } }, async (request) =>
    buildLivret({ database, clock, principal: principalOf(request), pathwayId: request.params.id }),
  );
  app.get('/api/pathways/:id/livret.pdf', { config: anyone, schema: { tags, summary: 'Livret de suivi en PDF (page de garde, sommaire, sections)', params: ZIdParams, querystring: ZNoQuery, response: { 200: file('Le PDF, en pièce jointe'), ...errors } } }, async (request, reply) => {
    const { livret } = await assembleLivret({ database, clock, principal: principalOf(request), pathwayId: request.params.id, format: 'pdf' });
    const content = await renderLivretPdf(livret, clock.now());
    return reply.header('content-type', 'application/pdf').header('content-disposition', attachmentHeader(`livret-de-suivi-${livret.pathwayId.slice(0, 8)}.pdf`)).send(content);
  });
  app.get('/api/pathways/:id/livret.zip', { config: anyone, schema: { tags, summary: 'Livret de suivi et ses preuves (ZIP avec manifeste SHA-256), pour l’audit du financeur', params: ZIdParams, querystring: ZNoQuery, response: { 200: file('L’archive ZIP, en pièce jointe'), ...errors } } }, async (request, reply) => {
    const zip = await livretZip({ database, clock, principal: principalOf(request), pathwayId: request.params.id });
    return reply.header('content-type', 'application/zip').header('content-disposition', attachmentHeader(zip.name)).send(zip.content);
  });
};
