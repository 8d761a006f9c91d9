import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { attachmentHeader } from '../pathways/pathways.routes';
import { deleteEntry, updateContact } from './features/contacts';
import { addContact, addExchange, createEntry, updateEntry, viewEntry } from './features/entries';
import { exportEntries, importEntries } from './features/csv';
import { answerLink, viewLink } from './features/referral-links';
import { createReferral, listReferrals, updateMediationNotes } from './features/referrals';
import { meetingsRoutes } from './meetings.routes';
import { networkSettingsRoutes } from './settings.routes';
import { assertReadsFor, NETWORK_ROLES } from './network.policy';
import {
  ZContactInput,
  ZContactUpdate,
  ZEntry,
  ZEntryCreate,
  ZEntryQuery,
  ZEntryUpdate,
  ZExchangeCreate,
  ZIdParams,
  ZImportBody,
  ZImportReport,
  ZLinkAnswer,
  ZLinkResult,
  ZLinkView,
  ZOrganisationQuery,
  ZReferral,
  ZReferralCreate,
  ZReferralUpdate,
  ZTokenParams,
} from './network.schema';
import { searchEntries } from './network.store';

const tags = ['réseau partenaires'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 410: ZErrorBody };
const members = { policy: policies.roles(...NETWORK_ROLES) };
const referents = { policy: policies.roles('referent') };
const keepers = { policy: policies.roles('referent', 'director') };
const anyone = { policy: policies.authenticated() };
const partner = { policy: policies.public() };

/** The référent's network (issue 7): address book, CSV, referrals and the partner's answer links. */
export const networkRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, env } = app.deps;
  await app.register(meetingsRoutes);
  await app.register(networkSettingsRoutes);

  app.get('/api/network/entries', { config: members, schema: { tags, summary: 'Carnet d’adresses : recherche (domaine, département, nom)', querystring: ZEntryQuery, response: { 200: z.object({ items: z.array(ZEntry) }), ...errors } } }, async (request) => {
    const { organisationId, ...filters } = request.query;
    assertReadsFor(principalOf(request), organisationId);
    return { items: await searchEntries(database.db, { organisationId, ...filters, now: clock.now() }) };
  });
  app.post('/api/network/entries', { config: keepers, schema: { tags, summary: 'Ajouter une fiche partenaire', body: ZEntryCreate, response: { 201: ZEntry, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createEntry({ database, clock, principal: principalOf(request), input: request.body })),
  );
  app.get('/api/network/entries/:id', { config: members, schema: { tags, summary: 'Une fiche partenaire', params: ZIdParams, response: { 200: ZEntry, ...errors } } }, async (request) =>
    viewEntry({ database, principal: principalOf(request), now: clock.now(), id: request.params.id }),
  );
  app.patch('/api/network/entries/:id', { config: keepers, schema: { tags, summary: 'Modifier une fiche (ou la marquer vérifiée)', params: ZIdParams, body: ZEntryUpdate, response: { 200: ZEntry, ...errors } } }, async (request) =>
    updateEntry({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body }),
  );
  app.post('/api/network/entries/:id/contacts', { config: keepers, schema: { tags, summary: 'Ajouter un contact à une fiche', params: ZIdParams, body: ZContactInput, response: { 201: ZEntry, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await addContact({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body })),
  );
  app.patch('/api/network/contacts/:id', { config: keepers, schema: { tags, summary: 'Modifier un contact', params: ZIdParams, body: ZContactUpdate, response: { 200: ZEntry, ...errors } } }, async (request) =>
    updateContact({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body }),
  );
  app.delete('/api/network/entries/:id', { config: keepers, schema: { tags, summary: 'Supprimer une fiche (sans mise en relation)', params: ZIdParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await deleteEntry({ database, clock, principal: principalOf(request), id: request.params.id });
    return reply.status(204).send(null);
  });
  app.post('/api/network/entries/:id/exchanges', { config: members, schema: { tags, summary: 'Noter un échange avec ce partenaire', params: ZIdParams, body: ZExchangeCreate, response: { 201: ZEntry, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await addExchange({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body })),
  );
  app.get('/api/network/export', { config: members, schema: { tags, summary: 'Exporter le carnet d’adresses (CSV ; UTF-8 avec BOM)', querystring: ZOrganisationQuery, response: { 200: z.unknown().describe('Le fichier CSV'), ...errors } } }, async (request, reply) => {
    const csv = await exportEntries({ database, principal: principalOf(request), organisationId: request.query.organisationId });
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', attachmentHeader('carnet-partenaires.csv')).send(csv);
  });
  app.post('/api/network/import', { config: keepers, schema: { tags, summary: 'Importer un carnet d’adresses (CSV ; UTF-8), sans doublon', body: ZImportBody, response: { 200: ZImportReport, ...errors } } }, async (request) =>
    importEntries({ database, clock, principal: principalOf(request), ...request.body }),
  );

  app.post('/api/pathways/:id/referrals', { config: referents, schema: { tags, summary: 'Mettre le candidat en relation avec un partenaire', params: ZIdParams, body: ZReferralCreate, response: { 201: ZReferral, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createReferral({ database, clock, principal: principalOf(request), pathwayId: request.params.id, publicUrl: env.PUBLIC_URL, input: request.body })),
  );
  app.get('/api/pathways/:id/referrals', { config: anyone, schema: { tags, summary: 'Les mises en relation du parcours', params: ZIdParams, response: { 200: z.object({ items: z.array(ZReferral) }), ...errors } } }, async (request) => ({
    items: await listReferrals({ database, principal: principalOf(request), pathwayId: request.params.id }),
  }));
  app.patch('/api/referrals/:id', { config: keepers, schema: { tags, summary: 'Notes de médiation du référent', params: ZIdParams, body: ZReferralUpdate, response: { 200: ZReferral, ...errors } } }, async (request) =>
    updateMediationNotes({ database, clock, principal: principalOf(request), id: request.params.id, mediationNotes: request.body.mediationNotes }),
  );

  app.get('/api/referral-links/:token', { config: partner, schema: { tags, summary: 'Le partenaire lit la mise en relation (sans compte)', params: ZTokenParams, response: { 200: ZLinkView, ...errors } } }, async (request) =>
    viewLink({ database, clock, token: request.params.token }),
  );
  app.post('/api/referral-links/:token', { config: partner, schema: { tags, summary: 'Le partenaire accepte, décline ou transmet le résultat (lien à usage unique)', params: ZTokenParams, body: ZLinkAnswer, response: { 200: ZLinkResult, ...errors } } }, async (request) =>
    answerLink({ database, clock, token: request.params.token, publicUrl: env.PUBLIC_URL, input: request.body }),
  );
};
