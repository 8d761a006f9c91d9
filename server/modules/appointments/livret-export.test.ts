import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import type { Entry } from 'yauzl';
import { lastLinkToken, networkFixture, type NetworkFixture } from '../network/testing/fixture';
import { multipart, pdfBytes } from '../pathways/testing/files';
import { MANIFEST_COLUMNS, MANIFEST_NAME } from './features/livret-zip';
import { pdfText, schedule } from './testing/fixture';

let f: NetworkFixture;
const inject = (method: 'GET' | 'POST', url: string, headers: object, payload?: object) => f.ctx.app.inject({ method, url, headers: headers as Record<string, string>, ...(payload ? { payload } : {}) });

/** Every entry of an archive with its bytes, read back the way an auditor's tool would. */
async function readZip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const entries: Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  const out = new Map<string, Buffer>();
  for (const e of entries) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(e)) chunks.push(chunk as Buffer);
    out.set(e.fileName, Buffer.concat(chunks));
  }
  return out;
}

beforeAll(async () => {
  f = await networkFixture();
  const h = f.referent.headers;
  const form = multipart('livret1-camille.pdf', pdfBytes('Livret 1 de Camille'));
  expect((await f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/documents?kind=livret1`, headers: { ...h, ...form.headers }, payload: form.payload })).statusCode).toBe(201);
  expect((await inject('POST', `/api/assistances/${f.assistanceId}/agreements`, h, { objectives: ['Déposer le Livret 1'], durationMonths: 6, nextAppointmentAt: '2026-03-10T09:00:00Z' })).statusCode).toBe(201);
  expect((await schedule(f)).statusCode).toBe(201);
  const referred = await inject('POST', `/api/pathways/${f.pathwayId}/referrals`, h, { contactId: f.contactId, planItemId: f.planItemId, consent: true, sharedInformation: 'Cherche un logement à Caen dès avril.' });
  expect(referred.statusCode, referred.body).toBe(201);
  f.ctx.clock.advanceMinutes(5);
  const accepted = await f.ctx.app.inject({ method: 'POST', url: `/api/referral-links/${await lastLinkToken(f)}`, payload: { action: 'accept' } });
  const next = accepted.json().nextLink.split('/').pop() as string;
  expect((await f.ctx.app.inject({ method: 'POST', url: `/api/referral-links/${next}`, payload: { action: 'outcome', text: 'Studio attribué au 1er avril.' } })).statusCode).toBe(200);
  expect((await f.ctx.app.inject({ method: 'PATCH', url: `/api/referrals/${referred.json().id}`, headers: h, payload: { mediationNotes: 'Note interne de médiation.' } })).statusCode).toBe(200);
});
afterAll(async () => f.ctx.close());

describe('referrals in the livret', () => {
  it('appear with the partner, the plan item, the answer and the outcome, never the mediation notes', async () => {
    const res = await inject('GET', `/api/pathways/${f.pathwayId}/livret`, f.candidate.headers);
    expect(res.statusCode).toBe(200);
    const referral = res.json().events.find((e: { kind: string }) => e.kind === 'referral');
    expect(referral.title).toBe('Mise en relation : Résidence Habitat Jeunes Caen (Hélène Lefèvre)');
    expect(referral.lines).toEqual(expect.arrayContaining(['Statut : Résultat transmis (réponse du 2 mars 2026)', 'Résultat : Studio attribué au 1er avril.']));
    expect(referral.lines.some((l: string) => l.startsWith('Pour l’appui : '))).toBe(true);
    expect(JSON.stringify(res.json())).not.toContain('Note interne de médiation.');
    const pdf = await pdfText((await inject('GET', `/api/pathways/${f.pathwayId}/livret.pdf`, f.referent.headers)).rawPayload);
    for (const expected of ['Mises en relation avec des partenaires', 'Mise en relation : Résidence Habitat Jeunes Caen', 'Résultat : Studio attribué au 1er avril.', 'Satisfaction']) expect(pdf, expected).toContain(expected);
  });
});

describe('the ZIP for a funder’s audit', () => {
  it('holds the livret PDF, every proof and a manifest whose SHA-256 match the files', async () => {
    const res = await inject('GET', `/api/pathways/${f.pathwayId}/livret.zip`, f.referent.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = await readZip(res.rawPayload);
    const names = [...files.keys()];
    expect(names[0]).toBe('livret-de-suivi.pdf');
    expect(names).toContain('documents/01-livret1-camille.pdf');
    expect(names).toContain('accords/accord-version-1.pdf');
    expect(names.filter((n) => n.startsWith('emargements/'))).toHaveLength(1);
    expect(names.at(-1)).toBe(MANIFEST_NAME);
    const manifest = files.get(MANIFEST_NAME)?.toString('utf8') ?? '';
    expect(manifest.startsWith('\uFEFF')).toBe(true);
    const rows: Record<string, string>[] = parse(manifest, { delimiter: ';', columns: true, bom: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...MANIFEST_COLUMNS]);
    expect(rows.map((r) => r.fichier)).toEqual(names.filter((n) => n !== MANIFEST_NAME));
    for (const r of rows) {
      const content = files.get(r.fichier ?? '') ?? Buffer.alloc(0);
      expect(r.sha256, r.fichier).toBe(createHash('sha256').update(content).digest('hex'));
      expect(Number(r.octets)).toBe(content.length);
    }
    expect(files.get('documents/01-livret1-camille.pdf')?.toString('latin1')).toContain('Livret 1 de Camille');
    expect(await pdfText(files.get('livret-de-suivi.pdf') ?? Buffer.alloc(0))).toContain('Mises en relation avec des partenaires');
    expect(await pdfText(files.get(names.find((n) => n.startsWith('emargements/')) ?? '') ?? Buffer.alloc(0))).toContain('Feuille d’émargement — Entretien de suivi');
  });

  it('401, 400, 403 (another structure, and an actor the candidate did not share with), and the shared view leaves unshared documents out', async () => {
    const url = `/api/pathways/${f.pathwayId}/livret.zip`;
    expect((await f.ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await inject('GET', '/api/pathways/pas-un-uuid/livret.zip', f.referent.headers)).statusCode).toBe(400);
    expect((await inject('GET', url, f.otherReferent.headers)).statusCode).toBe(403);
    expect((await inject('GET', url, f.accompagnateur.headers)).statusCode).toBe(403);
    expect((await inject('POST', `/api/pathways/${f.pathwayId}/grants`, f.candidate.headers, { organisationId: f.accompId, scopes: ['livret'] })).statusCode).toBe(201);
    const shared = await inject('GET', url, f.accompagnateur.headers);
    expect(shared.statusCode).toBe(200);
    const names = [...(await readZip(shared.rawPayload)).keys()];
    expect(names.some((n) => n.startsWith('documents/'))).toBe(false);
    expect(names).toContain('livret-de-suivi.pdf');
    const log = (await inject('GET', `/api/pathways/${f.pathwayId}/access-log`, f.candidate.headers)).json().items;
    expect(log[0]).toMatchObject({ part: 'livret', via: 'grant', label: 'Livret de suivi et ses preuves (archive ZIP)' });
  });
});
