import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../test/test-app';
import { networkFixture, type NetworkFixture } from './testing/fixture';

let f: NetworkFixture;
let meetingId = '';
let itemId = '';
const NIL = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  f = await networkFixture();
  const post = (url: string, payload: object) => f.ctx.app.inject({ method: 'POST', url, headers: f.referent.headers, payload });
  meetingId = (await post('/api/network/meetings', { organisationId: f.structureId, title: 'Réunion des acteurs VAE du Calvados', heldAt: '2026-03-12T14:00:00+01:00', participants: [{ kind: 'contact', id: f.contactId }, { kind: 'organisation', id: f.accompId }], agenda: 'Freins au logement.' })).json<{ id: string }>().id;
  itemId = (await post('/api/network/library', { organisationId: f.structureId, title: 'Plaquette assistance renforcée', audience: 'public', url: 'https://example.test/plaquette.pdf' })).json<{ id: string }>().id;
});
afterAll(async () => f.ctx.close());

interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  url: () => string;
  valid?: () => object;
  invalid: { url?: () => string; payload?: object };
  status?: number;
  as?: () => Session;
}
const endpoints: Endpoint[] = [
  { method: 'GET', path: '/api/network/meetings', url: () => `/api/network/meetings?organisationId=${f.structureId}`, invalid: { url: () => '/api/network/meetings?organisationId=x' }, as: () => f.director },
  { method: 'POST', path: '/api/network/meetings', url: () => '/api/network/meetings', valid: () => ({ organisationId: f.structureId, title: 'Comité', heldAt: '2026-04-01T09:00:00Z' }), invalid: { payload: { organisationId: NIL, title: 'Comité', heldAt: 'demain' } }, status: 201 },
  { method: 'PATCH', path: '/api/network/meetings/:id', url: () => `/api/network/meetings/${meetingId}`, valid: () => ({ report: 'Trois places en FJT.', decisions: [{ text: 'Relancer le bailleur', followedBy: 'Référente de Caen' }] }), invalid: { payload: { decisions: [{ text: '' }] } } },
  { method: 'GET', path: '/api/network/library', url: () => `/api/network/library?organisationId=${f.structureId}`, invalid: { url: () => '/api/network/library' } },
  { method: 'POST', path: '/api/network/library', url: () => '/api/network/library', valid: () => ({ organisationId: f.structureId, title: 'Guide du référent', audience: 'professionals' }), invalid: { payload: { organisationId: NIL, title: 'Guide', audience: 'tous' } }, status: 201 },
  { method: 'POST', path: '/api/network/library/:id/shares', url: () => `/api/network/library/${itemId}/shares`, valid: () => ({ sharedOn: '2026-03-02', withWhom: 'Mission locale de Caen' }), invalid: { payload: { sharedOn: 'hier', withWhom: 'x' } } },
];

describe.each(endpoints.map((e) => ({ ...e, name: `${e.method} ${e.path}` })))('$name', (ep) => {
  it('401 without a session', async () => {
    expect((await f.ctx.app.inject({ method: ep.method, url: ep.url(), payload: ep.valid?.() })).statusCode).toBe(401);
  });
  it('400 for bad input', async () => {
    const res = await f.ctx.app.inject({ method: ep.method, url: (ep.invalid.url ?? ep.url)(), headers: f.referent.headers, payload: ep.invalid.payload });
    expect([res.statusCode, res.json().error.code], res.body).toEqual([400, 'VALIDATION_FAILED']);
  });
  it('403 for another structure', async () => {
    expect((await f.ctx.app.inject({ method: ep.method, url: ep.url(), headers: f.otherReferent.headers, payload: ep.valid?.() })).statusCode).toBe(403);
  });
  it('answers the structure', async () => {
    const res = await f.ctx.app.inject({ method: ep.method, url: ep.url(), headers: (ep.as?.() ?? f.referent).headers, payload: ep.valid?.() });
    expect(res.statusCode, res.body).toBe(ep.status ?? 200);
  });
});

describe('meetings and library content', () => {
  it('names participants from the address book and from Jalon, keeps decisions and who follows them', async () => {
    const res = await f.ctx.app.inject({ method: 'GET', url: `/api/network/meetings?organisationId=${f.structureId}`, headers: f.referent.headers });
    const meeting = res.json().items.find((m: { id: string }) => m.id === meetingId);
    expect(meeting.participants.map((p: { name: string }) => p.name)).toEqual(['Hélène Lefèvre (Résidence Habitat Jeunes Caen)', expect.any(String)]);
    expect(meeting.decisions).toEqual([{ text: 'Relancer le bailleur', followedBy: 'Référente de Caen' }]);
  });
  it('refuses a participant outside the address book, naming it', async () => {
    const res = await f.ctx.app.inject({ method: 'POST', url: '/api/network/meetings', headers: f.referent.headers, payload: { organisationId: f.structureId, title: 'X', heldAt: '2026-04-01T09:00:00Z', participants: [{ kind: 'contact', id: NIL }] } });
    expect(res.json().error.details.fields).toHaveProperty('participants.0');
  });
  it('records each time a document was shared, and with whom', async () => {
    const res = await f.ctx.app.inject({ method: 'GET', url: `/api/network/library?organisationId=${f.structureId}`, headers: f.referent.headers });
    expect(res.json().items.find((i: { id: string }) => i.id === itemId).shares).toEqual([{ sharedOn: '2026-03-02', withWhom: 'Mission locale de Caen' }]);
  });
});
