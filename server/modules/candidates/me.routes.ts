import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { listMyPathways } from '../pathways/features/list-my-pathways';
import { ZMyPathway } from '../pathways/pathways.schema';
import { principalOf } from './candidates.routes';
import { exportMyData } from './features/export-my-data';

const tags = ['espace candidat'];
const ZNoQuery = z.strictObject({});
const errors = { 401: ZErrorBody, 403: ZErrorBody };
const candidate = { policy: policies.candidate() };

/** The candidate's own space. */
export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get('/api/me/pathways', { config: candidate, schema: { tags, summary: 'Mes parcours : où j’en suis, ma prochaine étape, mes résultats', querystring: ZNoQuery, response: { 200: z.object({ items: z.array(ZMyPathway) }), ...errors } } }, async (request) =>
    listMyPathways({ database, clock, principal: principalOf(request) }),
  );
  app.get('/api/me/export', { config: candidate, schema: { tags, summary: 'Toutes mes données (RGPD), en JSON', querystring: ZNoQuery, response: { 200: z.object({ exportedAt: z.string(), candidateFiles: z.array(z.record(z.string(), z.unknown())) }), ...errors } } }, async (request, reply) =>
    reply.header('content-disposition', 'attachment; filename="mes-donnees-jalon.json"').send(await exportMyData({ database, clock, principal: principalOf(request) })),
  );
};
