import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../test/test-app';
import { lastLinkToken, networkFixture, type NetworkFixture } from './testing/fixture';

let f: NetworkFixture;
let referralId = '';
let token = '';

beforeAll(async () => {
  f = await networkFixture();
  referralId = (await f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/referrals`, headers: f.referent.headers, payload: { contactId: f.contactId, consent: true, sharedInformation: 'Cherche un logement à Caen.' } })).json().id;
  token = await lastLinkToken(f);
});
afterAll(async () => f.ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
interface Endpoint {
  path: string;
  method: Method;
  url: () => string;
  as: () => Session | null;
  valid?: () => unknown;
  invalid: { url?: () => string; payload?: unknown };
  stranger?: () => Session;
  status?: number;
}

const NIL = '00000000-0000-4000-8000-000000000000';
const csv = () => Buffer.from('\uFEFFnom;domaines;visibilite;departements;adresse;site;notes;contact_nom;contact_fonction;contact_telephone;contact_email;contact_horaires\nCCAS de Caen;Ressources et financement;privée;14;;;;;;;;\n').toString('base64');

const endpoints: Endpoint[] = [
  { path: '/api/network/entries', method: 'GET', url: () => `/api/network/entries?organisationId=${f.structureId}&field=housing&q=habitat`, as: () => f.referent, invalid: { url: () => `/api/network/entries?organisationId=${f.structureId}&field=piscine` }, stranger: () => f.otherReferent },
  { path: '/api/network/entries', method: 'POST', url: () => '/api/network/entries', as: () => f.referent, valid: () => ({ organisationId: f.structureId, name: `Mission locale ${Math.random()}`, fields: ['employment'] }), invalid: { payload: { organisationId: NIL, name: 'X', fields: [] } }, stranger: () => f.otherReferent, status: 201 },
  { path: '/api/network/entries/:id', method: 'GET', url: () => `/api/network/entries/${f.entryId}`, as: () => f.director, invalid: { url: () => '/api/network/entries/1' }, stranger: () => f.otherReferent },
  { path: '/api/network/entries/:id', method: 'PATCH', url: () => `/api/network/entries/${f.entryId}`, as: () => f.referent, valid: () => ({ checked: true, notes: 'Vérifiée.' }), invalid: { payload: { visibility: 'public' } }, stranger: () => f.otherReferent },
  { path: '/api/network/entries/:id/contacts', method: 'POST', url: () => `/api/network/entries/${f.entryId}/contacts`, as: () => f.referent, valid: () => ({ name: 'Paul Durand', email: 'paul@habitat.test' }), invalid: { payload: { name: 'Paul', email: 'pas-une-adresse' } }, stranger: () => f.otherReferent, status: 201 },
  { path: '/api/network/contacts/:id', method: 'PATCH', url: () => `/api/network/contacts/${f.contactId}`, as: () => f.referent, valid: () => ({ phone: '02 31 11 22 33' }), invalid: { payload: { email: 'non' } }, stranger: () => f.otherReferent },
  { path: '/api/network/entries/:id', method: 'DELETE', url: () => `/api/network/entries/${f.entryId}`, as: () => f.referent, invalid: { url: () => '/api/network/entries/1' }, stranger: () => f.otherReferent, status: 409 },
  { path: '/api/network/entries/:id/exchanges', method: 'POST', url: () => `/api/network/entries/${f.entryId}/exchanges`, as: () => f.referent, valid: () => ({ occurredOn: '2026-03-01', summary: 'Appel pour présenter Jalon.' }), invalid: { payload: { occurredOn: 'hier', summary: 'x' } }, stranger: () => f.otherReferent, status: 201 },
  { path: '/api/network/export', method: 'GET', url: () => `/api/network/export?organisationId=${f.structureId}`, as: () => f.referent, invalid: { url: () => '/api/network/export?organisationId=x' }, stranger: () => f.otherReferent },
  { path: '/api/network/import', method: 'POST', url: () => '/api/network/import', as: () => f.referent, valid: () => ({ organisationId: f.structureId, fileBase64: csv() }), invalid: { payload: { organisationId: NIL } }, stranger: () => f.otherReferent },
  { path: '/api/pathways/:id/referrals', method: 'POST', url: () => `/api/pathways/${f.pathwayId}/referrals`, as: () => f.referent, valid: () => ({ contactId: f.contactId, planItemId: f.planItemId, consent: true, sharedInformation: 'Logement.' }), invalid: { payload: { contactId: NIL, consent: 'oui', sharedInformation: 'x' } }, stranger: () => f.otherReferent, status: 201 },
  { path: '/api/pathways/:id/referrals', method: 'GET', url: () => `/api/pathways/${f.pathwayId}/referrals`, as: () => f.candidate, invalid: { url: () => '/api/pathways/1/referrals' }, stranger: () => f.otherReferent },
  { path: '/api/referrals/:id', method: 'PATCH', url: () => `/api/referrals/${referralId}`, as: () => f.referent, valid: () => ({ mediationNotes: 'Rappeler le partenaire jeudi.' }), invalid: { payload: { mediationNotes: 42 } }, stranger: () => f.otherReferent },
];

describe.each(endpoints.map((e) => ({ ...e, name: `${e.method} ${e.path}` })))('$name', (ep) => {
  it('401 without a session', async () => {
    expect((await f.ctx.app.inject({ method: ep.method, url: ep.url(), payload: ep.valid?.() as object })).statusCode).toBe(401);
  });
  it('400 with a stable code for bad input', async () => {
    const res = await f.ctx.app.inject({ method: ep.method, url: (ep.invalid.url ?? ep.url)(), headers: ep.as()?.headers, payload: ep.invalid.payload as object });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
  it('403 for another structure', async () => {
    const res = await f.ctx.app.inject({ method: ep.method, url: ep.url(), headers: ep.stranger?.().headers, payload: ep.valid?.() as object });
    expect(res.statusCode, res.body).toBe(403);
  });
  it('answers the right person', async () => {
    const res = await f.ctx.app.inject({ method: ep.method, url: ep.url(), headers: ep.as()?.headers, payload: ep.valid?.() as object });
    expect(res.statusCode, res.body).toBe(ep.status ?? 200);
  });
});

describe('public referral links (no session)', () => {
  it('400 for a malformed or unknown token, with a stable code', async () => {
    expect((await f.ctx.app.inject({ method: 'GET', url: '/api/referral-links/court' })).json().error.code).toBe('VALIDATION_FAILED');
    const unknown = await f.ctx.app.inject({ method: 'GET', url: `/api/referral-links/${'x'.repeat(43)}` });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([400, 'TOKEN_INVALID']);
    const bad = await f.ctx.app.inject({ method: 'POST', url: `/api/referral-links/${token}`, payload: { action: 'decline' } });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
  it('200: the partner reads only what was shared, then answers', async () => {
    const view = await f.ctx.app.inject({ method: 'GET', url: `/api/referral-links/${token}` });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ purpose: 'answer', status: 'sent', sharedInformation: 'Cherche un logement à Caen.', contactName: 'Hélène Lefèvre' });
    expect(Object.keys(view.json())).not.toContain('welcomeSituation');
    const answer = await f.ctx.app.inject({ method: 'POST', url: `/api/referral-links/${token}`, payload: { action: 'decline', reason: 'Complet ce mois-ci.' } });
    expect(answer.json()).toEqual({ status: 'declined', nextLink: null });
  });
});
