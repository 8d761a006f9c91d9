import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerContacts, partnerEntries } from '../../db/schema';
import { networkFixture, type NetworkFixture } from './testing/fixture';

let f: NetworkFixture;
beforeAll(async () => {
  f = await networkFixture();
});
afterAll(async () => f.ctx.close());

const exportCsv = () => f.ctx.app.inject({ method: 'GET', url: `/api/network/export?organisationId=${f.structureId}`, headers: f.referent.headers });
const importCsv = (content: Buffer | string) => f.ctx.app.inject({ method: 'POST', url: '/api/network/import', headers: f.referent.headers, payload: { organisationId: f.structureId, fileBase64: Buffer.from(content).toString('base64') } });
const snapshot = async () => ({ entries: await f.ctx.database.db.select().from(partnerEntries), contacts: await f.ctx.database.db.select().from(partnerContacts) });
const HEADER = 'nom;domaines;visibilite;departements;adresse;site;notes;contact_nom;contact_fonction;contact_telephone;contact_email;contact_horaires';

describe('CSV export and import', () => {
  it('exports `;`-separated UTF-8 with a BOM, accents and columns intact', async () => {
    const res = await exportCsv();
    expect(res.headers['content-type']).toContain('text/csv');
    const raw = res.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(raw, { bom: true, delimiter: ';', columns: true });
    expect(rows).toEqual([expect.objectContaining({ nom: 'Résidence Habitat Jeunes Caen', domaines: 'Logement', visibilite: 'privée', departements: '14', adresse: '12 rue de l’Église, 14000 Caen', contact_nom: 'Hélène Lefèvre', contact_fonction: 'Chargée d’accueil', contact_horaires: 'Mardi 9 h – 12 h' })]);
    expect(Object.keys(rows[0] ?? {})).toContain('derniere_verification');
  });

  it('re-importing the export changes nothing', async () => {
    const before = await snapshot();
    f.ctx.clock.advanceMinutes(10);
    const res = await importCsv((await exportCsv()).rawPayload);
    expect(res.json()).toEqual({ created: 0, updated: 0, unchanged: 1, contactsCreated: 0, contactsUpdated: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('creates and updates by name, ignoring case and accents', async () => {
    const res = await importCsv(`${HEADER}\nRESIDENCE HABITAT JEUNES CAEN;Logement, Mobilité;privée;14;;;;helene lefevre;Directrice;;;\nAuto-école sociale;mobility;territoire;14;;;;;;;;\n`);
    expect(res.json()).toEqual({ created: 1, updated: 1, unchanged: 0, contactsCreated: 0, contactsUpdated: 1 });
    const list = await f.ctx.app.inject({ method: 'GET', url: `/api/network/entries?organisationId=${f.structureId}&field=mobility`, headers: f.referent.headers });
    expect(list.json().items.map((e: { name: string }) => e.name)).toEqual(['Auto-école sociale', 'RESIDENCE HABITAT JEUNES CAEN']);
    const search = await f.ctx.app.inject({ method: 'GET', url: `/api/network/entries?organisationId=${f.structureId}&q=ecole`, headers: f.referent.headers });
    expect(search.json().items).toHaveLength(1);
  });

  it.each([
    ['a missing column', `nom;domaines\nX;Logement\n`, 1, 'visibilite'],
    ['an unknown field', `${HEADER}\nA;Logement;privée;14;;;;;;;;\nB;Piscine;privée;14;;;;;;;;\n`, 3, 'domaines'],
    ['a bad email', `${HEADER}\nA;Logement;privée;14;;;;Jean;;;jean@;\n`, 2, 'contact_email'],
    ['a shared entry outside the territory', `${HEADER}\nA;Logement;territoire;75;;;;;;;;\n`, 2, 'departements'],
  ])('refuses %s, naming the line and the column, and changes nothing', async (_label, content, line, field) => {
    const before = await snapshot();
    const res = await importCsv(content);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'CSV_INVALID', details: { line, field } });
    expect(res.json().error.message).toContain(`Ligne ${line}`);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file that is not UTF-8 (Latin-1 from a spreadsheet), naming the line', async () => {
    const res = await importCsv(Buffer.from(`${HEADER}\nA;Logement;privée;14;;;;;;;;\n`, 'latin1'));
    expect(res.json().error).toMatchObject({ code: 'CSV_INVALID', details: { line: 2, field: 'encodage' } });
  });

  it('refuses a shared entry outside the structure’s départements through the API too', async () => {
    const res = await f.ctx.app.inject({ method: 'POST', url: '/api/network/entries', headers: f.referent.headers, payload: { organisationId: f.structureId, name: 'Hors zone', fields: ['health'], visibility: 'territory', departements: ['75'] } });
    expect([res.statusCode, res.json().error.code, Object.keys(res.json().error.details.fields)]).toEqual([400, 'TERRITORY_NOT_COVERED', ['departements']]);
  });

  it('a shared entry is read by another structure of the territory, without the owner’s notes', async () => {
    const shared = await f.ctx.app.inject({ method: 'POST', url: '/api/network/entries', headers: f.referent.headers, payload: { organisationId: f.structureId, name: 'Point santé', fields: ['health'], visibility: 'territory', departements: ['14'], notes: 'Interne' } });
    const res = await f.ctx.app.inject({ method: 'GET', url: `/api/network/entries/${shared.json().id}`, headers: f.otherReferent.headers });
    expect(res.json()).toMatchObject({ name: 'Point santé', mine: false, notes: '' });
    const edit = await f.ctx.app.inject({ method: 'PATCH', url: `/api/network/entries/${shared.json().id}`, headers: f.otherReferent.headers, payload: { notes: 'x' } });
    expect(edit.statusCode).toBe(403);
  });
});
