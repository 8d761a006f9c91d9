import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isMovable } from '../../lib/clock';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';

const ZNow = z.object({ now: z.string() });

/**
 * Moves the server's clock forward, so a browser test can hold a jury "after" it was scheduled
 * without waiting. Registered only with CLOCK_CONTROL=true, which the configuration refuses in
 * production; time never goes back, as it would not in real life.
 */
export const testingClockRoutes: FastifyPluginAsyncZod = async (app) => {
  const { clock, env } = app.deps;
  if (env.CLOCK_CONTROL !== 'true' || !isMovable(clock)) return;
  const config = { policy: policies.public() };
  const tags = ['tests'];
  app.get('/api/testing/clock', { config, schema: { tags, summary: 'Heure du serveur (tests)', querystring: z.strictObject({}), response: { 200: ZNow } } }, async () => ({ now: clock.now().toISOString() }));
  app.post(
    '/api/testing/clock',
    { config, schema: { tags, summary: 'Avancer l’horloge du serveur (tests)', body: z.strictObject({ advanceDays: z.number().int().min(1).max(3650) }), response: { 200: ZNow, 400: ZErrorBody } } },
    async (request) => {
      clock.advanceDays(request.body.advanceDays);
      return { now: clock.now().toISOString() };
    },
  );
};
