import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { getReferralDelays, updateReferralDelays } from './features/referral-delays';
import { ZReferralDelays } from './referrals.store';

const tags = ['réseau partenaires'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody };
const ZNoQuery = z.strictObject({});
const ZDelaysView = z.object({ delays: ZReferralDelays, defaults: ZReferralDelays, isDefault: z.boolean(), updatedAt: z.string().nullable() });
// The delays are the platform's, not a structure's: directions and référents read them, an administrator sets them.
const readers = { policy: policies.roles('referent', 'director') };
const admin = { policy: policies.platformAdmin() };

export const networkSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get('/api/network/referral-delays', { config: readers, schema: { tags, summary: 'Délais des mises en relation (rappel, expiration, lien de résultat)', querystring: ZNoQuery, response: { 200: ZDelaysView, ...errors } } }, async () =>
    getReferralDelays({ database }),
  );
  app.put('/api/network/referral-delays', { config: admin, schema: { tags, summary: 'Modifier les délais des mises en relation', body: ZReferralDelays.strict(), response: { 200: ZDelaysView, ...errors } } }, async (request) =>
    updateReferralDelays({ database, clock, principal: principalOf(request), input: request.body }),
  );
};
