import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors';
import { policies } from '../../lib/policy';

const READY_TIMEOUT_MS = 2000;

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { policy: policies.public() },
      schema: { tags: ['exploitation'], summary: 'Le processus répond (liveness)', response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/ready',
    {
      config: { policy: policies.public() },
      schema: {
        tags: ['exploitation'],
        summary: 'La base de données répond (readiness)',
        response: { 200: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      const { database } = app.deps;
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS).unref());
      try {
        await Promise.race([database.query('SELECT 1'), timeout]);
      } catch {
        throw new AppError('SERVICE_UNAVAILABLE', 'La base de données ne répond pas.');
      }
      return { status: 'ready' as const, database: database.kind };
    },
  );
};
