import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { departements, regions } from '../../db/schema';
import { policies } from '../../lib/policy';

const ZTerritories = z.object({
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  departements: z.array(z.object({ code: z.string(), name: z.string(), regionCode: z.string() })),
});

export const territoriesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  app.get(
    '/api/territories',
    { config: { policy: policies.public() }, schema: { tags: ['référentiels'], summary: 'Régions et départements (code officiel géographique)', response: { 200: ZTerritories } } },
    async () => ({
      regions: await db.select().from(regions).orderBy(regions.name),
      departements: await db.select().from(departements).orderBy(departements.code),
    }),
  );
};
