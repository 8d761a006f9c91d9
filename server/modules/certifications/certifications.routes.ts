import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { ZCertificationEnrichmentSchema } from './certifications.enrichment-schema';
import {
  ZCertificateurMatchesSchema,
  ZCertificationDetailSchema,
  ZFindCertificateursQuerySchema,
  ZCertificationSearchRouteQuerySchema,
  ZGetCertificationParamsSchema,
  ZSearchCertificationsResponseSchema,
} from './certifications.schema';
import { canEditEnrichment } from './features/can-edit-enrichment';
import { findCertificateurs } from './features/find-certificateurs';
import { getCertification } from './features/get-certification';
import { listMyCertifications } from './features/list-my-certifications';
import { searchCertifications } from './features/search-certifications';
import { updateEnrichment } from './features/update-enrichment';
import { ZMyCertificationsQuerySchema, ZMyCertificationsResponseSchema } from './my-certifications.schema';

const tags = ['certifications'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
/** The record as the public reads it, plus whether the caller may edit its VAE enrichment. */
const ZCertificationView = ZCertificationDetailSchema.extend({ viewerCanEditEnrichment: z.boolean() });

/** The public catalogue (search and record) and the certificateurs' edits of the VAE enrichment. */
export const certificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get(
    '/api/certifications',
    {
      config: { policy: policies.public() },
      schema: { tags, summary: 'Rechercher dans le catalogue des certifications', querystring: ZCertificationSearchRouteQuerySchema, response: { 200: ZSearchCertificationsResponseSchema, ...errors } },
    },
    async (request) => {
      const { level, ...rest } = request.query;
      return searchCertifications({ database, query: { ...rest, levels: level } });
    },
  );

  app.get(
    '/api/certifications/certificateurs',
    {
      config: { policy: policies.public() },
      schema: { tags, summary: 'Trouver un certificateur du catalogue par son nom ou son SIRET', querystring: ZFindCertificateursQuerySchema, response: { 200: ZCertificateurMatchesSchema, ...errors } },
    },
    async (request) => findCertificateurs({ database, query: request.query }),
  );

  // Before '/api/certifications/:code', so that the static path is the one read.
  app.get(
    '/api/certifications/mine',
    {
      config: { policy: policies.roles('certificateur_agent') },
      schema: { tags, summary: 'Les certifications dont mes organisations peuvent modifier les informations VAE', querystring: ZMyCertificationsQuerySchema, response: { 200: ZMyCertificationsResponseSchema, ...errors } },
    },
    async (request) => listMyCertifications({ exec: database.db, principal: request.principal, query: request.query }),
  );

  app.get(
    '/api/certifications/:code',
    { config: { policy: policies.public() }, schema: { tags, summary: 'Une certification, avec ses blocs et ses informations VAE', params: ZGetCertificationParamsSchema, response: { 200: ZCertificationView, ...errors } } },
    async (request) => {
      const detail = await getCertification({ database, code: request.params.code });
      const viewerCanEditEnrichment = await canEditEnrichment({ exec: database.db, principal: request.principal, certificationId: detail.id });
      return { ...detail, viewerCanEditEnrichment };
    },
  );

  app.put(
    '/api/certifications/:code/enrichment',
    {
      config: { policy: policies.roles('certificateur_agent') },
      schema: { tags, summary: 'Modifier les informations VAE d’une certification', params: ZGetCertificationParamsSchema, body: ZCertificationEnrichmentSchema, response: { 200: ZCertificationView, ...errors } },
    },
    async (request) => {
      await updateEnrichment({ database, clock, principal: request.principal, code: request.params.code, input: request.body });
      const detail = await getCertification({ database, code: request.params.code });
      return { ...detail, viewerCanEditEnrichment: true };
    },
  );
};
