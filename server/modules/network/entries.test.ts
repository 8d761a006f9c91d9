import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkFixture, type NetworkFixture } from './testing/fixture';

let f: NetworkFixture;
beforeAll(async () => {
  f = await networkFixture();
});
afterAll(async () => f.ctx.close());

const get = (url: string, as = f.referent) => f.ctx.app.inject({ method: 'GET', url, headers: as.headers });

describe('address book', () => {
  it('flags an entry not checked for a year, until it is marked checked', async () => {
    f.ctx.clock.advanceDays(366);
    await f.relogin();
    expect((await get(`/api/network/entries/${f.entryId}`)).json().needsCheck).toBe(true);
    const checked = await f.ctx.app.inject({ method: 'PATCH', url: `/api/network/entries/${f.entryId}`, headers: f.referent.headers, payload: { checked: true } });
    expect(checked.json()).toMatchObject({ needsCheck: false, lastCheckedAt: f.ctx.clock.now().toISOString(), notes: 'Accueil sans rendez-vous le mardi.', address: '12 rue de l’Église, 14000 Caen' });
  });

  it('finds entries by name or contact whatever the accents and case, and by département', async () => {
    const names = async (query: string) => (await get(`/api/network/entries?organisationId=${f.structureId}&${query}`)).json<{ items: { name: string }[] }>().items.map((e) => e.name);
    expect(await names('q=RESIDENCE')).toEqual(['Résidence Habitat Jeunes Caen']);
    expect(await names('q=lefevre')).toEqual(['Résidence Habitat Jeunes Caen']);
    expect(await names('q=100%25')).toEqual([]);
    expect(await names('departement=50')).toEqual([]);
    expect(await names('departement=14&field=housing')).toEqual(['Résidence Habitat Jeunes Caen']);
  });

  it('refuses a second entry of the same name (accents aside) in the same book', async () => {
    const res = await f.ctx.app.inject({ method: 'POST', url: '/api/network/entries', headers: f.referent.headers, payload: { organisationId: f.structureId, name: 'residence habitat jeunes caen', fields: ['housing'] } });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'CONFLICT']);
  });

  it('keeps the history of exchanges to the structure that wrote it', async () => {
    const shared = await f.ctx.app.inject({ method: 'PATCH', url: `/api/network/entries/${f.entryId}`, headers: f.referent.headers, payload: { visibility: 'territory' } });
    expect(shared.statusCode).toBe(200);
    await f.ctx.app.inject({ method: 'POST', url: `/api/network/entries/${f.entryId}/exchanges`, headers: f.referent.headers, payload: { occurredOn: '2027-03-01', summary: 'Visite du foyer.' } });
    expect((await get(`/api/network/entries/${f.entryId}`)).json().exchanges.map((x: { summary: string }) => x.summary)).toEqual(['Visite du foyer.']);
    expect((await get(`/api/network/entries/${f.entryId}`, f.otherReferent)).json().exchanges).toEqual([]);
  });

  it('the candidate and the accompagnateur of another organisation do not read the book', async () => {
    expect((await get(`/api/network/entries?organisationId=${f.structureId}`, f.candidate)).statusCode).toBe(403);
    expect((await get(`/api/network/entries?organisationId=${f.structureId}`, f.accompagnateur)).statusCode).toBe(403);
  });

  it('edits a contact without touching its other fields, and deletes an entry no one was referred to', async () => {
    const edited = await f.ctx.app.inject({ method: 'PATCH', url: `/api/network/contacts/${f.contactId}`, headers: f.referent.headers, payload: { phone: '02 31 99 99 99' } });
    expect(edited.json().contacts[0]).toMatchObject({ phone: '02 31 99 99 99', email: 'helene@habitat.test', jobTitle: 'Chargée d’accueil' });
    const spare = await f.ctx.app.inject({ method: 'POST', url: '/api/network/entries', headers: f.referent.headers, payload: { organisationId: f.structureId, name: 'Garage solidaire', fields: ['mobility'] } });
    const removed = await f.ctx.app.inject({ method: 'DELETE', url: `/api/network/entries/${spare.json().id}`, headers: f.referent.headers });
    expect(removed.statusCode).toBe(204);
    expect((await get(`/api/network/entries/${spare.json().id}`)).statusCode).toBe(404);
  });
});
