import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_MAX_BYTES } from '../../../common/candidates';
import { ZDeadlineLimits } from '../../domain/deadlines';
import { AppError } from '../../lib/errors';
import { ZPaged } from '../../lib/pagination';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { addPathwayActor } from './features/add-pathway-actor';
import { createPathway } from './features/create-pathway';
import { getDeadlineSettings, updateDeadlineSettings } from './features/deadline-settings';
import { downloadDocument } from './features/download-document';
import { getCertificateurInbox } from './features/get-certificateur-inbox';
import { getPathway } from './features/get-pathway';
import { listPathways } from './features/list-pathways';
import { transitionPathway } from './features/transition-pathway';
import { uploadDocument } from './features/upload-document';
import { ZActorInput, ZDeadlineSettings, ZDocument, ZDocumentUploadQuery, ZIdParams, ZInbox, ZPathway, ZPathwayCreate, ZPathwayListQuery, ZPathwaySummary, ZTransitionBody } from './pathways.schema';

const tags = ['parcours'];
const ZNoQuery = z.strictObject({});
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const professionals = policies.roles('referent', 'accompagnateur', 'conseiller', 'certificateur_agent', 'director', 'funder_analyst');
const followers = policies.roles('referent', 'accompagnateur', 'conseiller');

/** `filename*` carries any name; the plain `filename` is an ASCII fallback without quotes. */
export function attachmentHeader(name: string): string {
  const ascii = name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'document';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Pathways: creation, the state machine over HTTP, the page, lists, the certificateur's inbox, documents, limits. */
export const pathwaysRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  await app.register(multipart, { limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 0, parts: 1 } });

  app.post('/api/pathways', { config: { policy: followers }, schema: { tags, summary: 'Créer un parcours (candidat × certification × blocs visés)', body: ZPathwayCreate, response: { 201: ZPathway, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createPathway({ database, clock, principal: principalOf(request), input: request.body })),
  );
  app.get('/api/pathways', { config: { policy: professionals }, schema: { tags, summary: 'Les parcours que je suis, filtrés', querystring: ZPathwayListQuery, response: { 200: ZPaged(ZPathwaySummary), ...errors } } }, async (request) =>
    listPathways({ database, clock, principal: principalOf(request), query: request.query }),
  );
  app.get('/api/pathways/:id', { config: { policy: policies.authenticated() }, schema: { tags, summary: 'Un parcours : état, étapes possibles, échéances, blocs, historique', params: ZIdParams, response: { 200: ZPathway, ...errors } } }, async (request) =>
    getPathway({ database, clock, principal: principalOf(request), id: request.params.id }),
  );
  app.post('/api/pathways/:id/actors', { config: { policy: followers }, schema: { tags, summary: 'Associer une organisation au parcours', params: ZIdParams, body: ZActorInput, response: { 201: ZPathway, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await addPathwayActor({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body })),
  );
  app.post('/api/pathways/:id/transitions', { config: { policy: policies.authenticated() }, schema: { tags, summary: 'Faire avancer le parcours d’une étape', params: ZIdParams, body: ZTransitionBody, response: { 200: ZPathway, ...errors } } }, async (request) =>
    transitionPathway({ database, clock, principal: principalOf(request), id: request.params.id, body: request.body, publicUrl: app.deps.env.PUBLIC_URL }),
  );

  app.post(
    '/api/pathways/:id/documents',
    { config: { policy: policies.authenticated() }, schema: { tags, summary: 'Déposer un document (PDF ou image, 20 Mo au plus ; multipart/form-data, champ file)', params: ZIdParams, querystring: ZDocumentUploadQuery, response: { 201: ZDocument, 413: ZErrorBody, ...errors } } },
    async (request, reply) => {
      const doc = await uploadDocument({
        database,
        clock,
        principal: principalOf(request),
        id: request.params.id,
        kind: request.query.kind,
        readFile: async () => {
          const part = await request.file();
          if (!part) throw new AppError('VALIDATION_FAILED', 'Aucun fichier reçu.', { fields: { file: 'Fichier manquant.' } });
          try {
            return { filename: part.filename, content: await part.toBuffer() };
          } catch (err) {
            if (err instanceof app.multipartErrors.RequestFileTooLargeError) throw new AppError('FILE_TOO_LARGE');
            throw err;
          }
        },
      });
      return reply.status(201).send(doc);
    },
  );
  app.get('/api/documents/:id', { config: { policy: policies.authenticated() }, schema: { tags, summary: 'Télécharger un document (pièce jointe)', params: ZIdParams, response: { 200: z.unknown().describe('Le fichier, en pièce jointe'), ...errors } } }, async (request, reply) => {
    const doc = await downloadDocument({ database, clock, principal: principalOf(request), id: request.params.id });
    return reply.header('content-type', doc.mimeType).header('content-disposition', attachmentHeader(doc.originalName)).header('x-content-type-options', 'nosniff').send(doc.content);
  });

  app.get('/api/certificateur/inbox', { config: { policy: policies.roles('certificateur_agent') }, schema: { tags, summary: 'Dossiers à déclarer recevables, jurys à programmer, résultats à saisir', querystring: ZNoQuery, response: { 200: ZInbox, ...errors } } }, async (request) =>
    getCertificateurInbox({ database, clock, principal: principalOf(request) }),
  );

  const admin = { policy: policies.platformAdmin() };
  app.get('/api/admin/settings/deadlines', { config: admin, schema: { tags: ['administration'], summary: 'Délais des parcours', querystring: ZNoQuery, response: { 200: ZDeadlineSettings, ...errors } } }, async () => getDeadlineSettings({ database }));
  app.put('/api/admin/settings/deadlines', { config: admin, schema: { tags: ['administration'], summary: 'Modifier les délais des parcours', body: ZDeadlineLimits, response: { 200: ZDeadlineSettings, ...errors } } }, async (request) =>
    updateDeadlineSettings({ database, clock, principal: principalOf(request), input: request.body }),
  );
};

