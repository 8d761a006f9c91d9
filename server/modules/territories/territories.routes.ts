import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { departements, regions } from '../../db/schema';
import { policies } from '../../lib/policy';
import { actorOf } from '../../lib/principal';
import { ZErrorBody } from '../auth/auth.schema';
import { createZone } from './features/create-zone';
import { listZones } from './features/list-zones';

const ZTerritories = z.object({
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  departements: z.array(z.object({ code: z.string(), name: z.string(), regionCode: z.string() })),
});
const ZZone = z.object({
  id: z.string().uuid(),
  name: z.string(),
  kind: z.string(),
  ownerOrganisationId: z.string().uuid().nullable(),
  departementCodes: z.array(z.string()),
});
const ZZoneCreate = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['ztef', 'bassin', 'custom']).default('custom'),
  ownerOrganisationId: z.string().uuid().nullable().optional(),
  departementCodes: z.array(z.string().regex(/^(\d{2}|2A|2B|97\d)$/)).min(1).max(101),
});
const tags = ['référentiels'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody };

export const territoriesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  const { db } = database;
  app.get(
    '/api/territories',
    { config: { policy: policies.public() }, schema: { tags, summary: 'Régions et départements (code officiel géographique)', response: { 200: ZTerritories } } },
    async () => ({
      regions: await db.select().from(regions).orderBy(regions.name),
      departements: await db.select().from(departements).orderBy(departements.code),
    }),
  );
  app.get(
    '/api/zones',
    { config: { policy: policies.authenticated() }, schema: { tags, summary: 'Territoires personnalisés (ZTEF, bassins)', querystring: z.strictObject({}), response: { 200: z.object({ items: z.array(ZZone) }), ...errors } } },
    async () => listZones({ database }),
  );
  app.post(
    '/api/admin/zones',
    { config: { policy: policies.platformAdmin() }, schema: { tags, summary: 'Créer un territoire personnalisé', body: ZZoneCreate, response: { 201: ZZone, ...errors } } },
    async (request, reply) => reply.status(201).send(await createZone({ database, clock, actor: actorOf(request.principal), input: request.body })),
  );
};
