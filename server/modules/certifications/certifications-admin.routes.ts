import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors';
import { ZPaged } from '../../lib/pagination';
import { policies } from '../../lib/policy';
import { actorOf } from '../../lib/principal';
import { ZErrorBody } from '../auth/auth.schema';
import {
  ZImportRunListQuerySchema,
  ZImportRunParamsSchema,
  ZImportRunSchema,
  ZImportUploadQuerySchema,
  ZManagerCreateSchema,
  ZManagerListSchema,
  ZManagerParamsSchema,
} from './certifications-admin.schema';
import { ZGetCertificationParamsSchema } from './certifications.schema';
import { addCertificationManager } from './features/add-certification-manager';
import { getImportRun } from './features/get-import-run';
import { listCertificationManagers } from './features/list-certification-managers';
import { listImportRuns } from './features/list-import-runs';
import { queueCertificationImport } from './features/queue-certification-import';
import { removeCertificationManager } from './features/remove-certification-manager';

const tags = ['administration', 'certifications'];
const admin = { policy: policies.platformAdmin() };
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 413: ZErrorBody, 415: ZErrorBody };
// The complete RNCP export is a few hundred megabytes; leave room for its growth.
const MAX_IMPORT_BYTES = 2 * 1024 ** 3;

/** Administration of the catalogue: uploads of France Compétences exports, managers of a record. */
export const certificationsAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, env } = app.deps;
  // Registered here only, so multipart bodies are accepted by the upload route and nowhere else.
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 0, parts: 1 } });

  app.post(
    '/api/admin/certifications/imports',
    {
      config: admin,
      schema: { tags, summary: 'Déposer un export France Compétences (XML ou ZIP) à importer', consumes: ['multipart/form-data'], querystring: ZImportUploadQuerySchema, response: { 202: ZImportRunSchema, ...errors } },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Envoyez le fichier en multipart/form-data.');
      const part = await request.file();
      const file = part ? { filename: part.filename, stream: part.file } : undefined;
      const run = await queueCertificationImport({ database, clock, actor: actorOf(request.principal), dataDir: env.DATA_DIR, file, full: request.query.full, forceDeactivation: request.query.forceDeactivation });
      return reply.status(202).send(run);
    },
  );
  app.get('/api/admin/certifications/imports', { config: admin, schema: { tags, summary: 'Les imports du catalogue', querystring: ZImportRunListQuerySchema, response: { 200: ZPaged(ZImportRunSchema), ...errors } } }, async (request) =>
    listImportRuns({ database, query: request.query }),
  );
  app.get('/api/admin/certifications/imports/:id', { config: admin, schema: { tags, summary: 'Un import : état, progression et rapport', params: ZImportRunParamsSchema, response: { 200: ZImportRunSchema, ...errors } } }, async (request) =>
    getImportRun({ database, id: request.params.id }),
  );

  app.get('/api/admin/certifications/:code/managers', { config: admin, schema: { tags, summary: 'Les organisations qui gèrent une certification', params: ZGetCertificationParamsSchema, response: { 200: ZManagerListSchema, ...errors } } }, async (request) =>
    listCertificationManagers({ exec: database.db, code: request.params.code }),
  );
  app.post(
    '/api/admin/certifications/:code/managers',
    { config: admin, schema: { tags, summary: 'Confier une certification à une organisation certificatrice', params: ZGetCertificationParamsSchema, body: ZManagerCreateSchema, response: { 201: ZManagerListSchema, ...errors } } },
    async (request, reply) =>
      reply.status(201).send(await addCertificationManager({ database, clock, actor: actorOf(request.principal), code: request.params.code, organisationId: request.body.organisationId })),
  );
  app.delete(
    '/api/admin/certifications/:code/managers/:organisationId',
    { config: admin, schema: { tags, summary: 'Retirer une organisation des gestionnaires d’une certification', params: ZManagerParamsSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await removeCertificationManager({ database, clock, actor: actorOf(request.principal), code: request.params.code, organisationId: request.params.organisationId });
      return reply.status(204).send(null);
    },
  );
};
