import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema';
import type { Session } from '../../test/test-app';
import { sharingFixture, type SharingFixture } from './testing/fixture';

let f: SharingFixture;
const get = (url: string, as: Session) => f.ctx.app.inject({ method: 'GET', url, headers: as.headers });
const livret = () => `/api/pathways/${f.pathwayId}/livret`;
const grant = (organisationId: string, scopes: string[]) => f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/grants`, headers: f.candidate.headers, payload: { organisationId, scopes } });
const listedDocuments = async (as: Session) => (await get(`/api/pathways/${f.pathwayId}`, as)).json<{ documents: { id: string }[] }>().documents.map((d) => d.id);

beforeAll(async () => {
  f = await sharingFixture();
});
afterAll(async () => f.ctx.close());

describe('what professionals read without a grant (their role in the process)', () => {
  it('the référent’s structure reads the livret and every document; its director too', async () => {
    expect((await get(livret(), f.referent)).statusCode).toBe(200);
    expect((await get(livret(), f.director)).statusCode).toBe(200);
    expect((await get(`/api/documents/${f.proofId}`, f.referent)).statusCode).toBe(200);
    expect(await listedDocuments(f.referent)).toEqual([f.livret1Id, f.proofId]);
  });

  it('the certificateur reads the Livret 1 it instructs, not the other documents nor the livret de suivi', async () => {
    expect((await get(`/api/documents/${f.livret1Id}`, f.certificateur)).statusCode).toBe(200);
    const proof = await get(`/api/documents/${f.proofId}`, f.certificateur);
    expect([proof.statusCode, proof.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect(await listedDocuments(f.certificateur)).toEqual([f.livret1Id]);
    expect((await get(livret(), f.certificateur)).statusCode).toBe(403);
  });

  it('the accompagnateur sees the pathway but neither the livret nor the documents', async () => {
    for (const as of [f.accompagnateur]) {
      expect((await get(`/api/pathways/${f.pathwayId}`, as)).statusCode).toBe(200);
      expect((await get(livret(), as)).statusCode).toBe(403);
      expect((await get(`/api/pathways/${f.pathwayId}/livret.zip`, as)).statusCode).toBe(403);
      expect((await get(`/api/documents/${f.proofId}`, as)).statusCode).toBe(403);
      expect(await listedDocuments(as)).toEqual([]);
    }
  });
});

describe('a grant opens exactly what it names, to that organisation only, until withdrawn', () => {
  let grantId = '';

  it('the livret, once shared with the accompagnateur’s organisation; documents stay closed and listed as withheld', async () => {
    const res = await grant(f.accompId, ['livret']);
    expect(res.statusCode, res.body).toBe(201);
    grantId = res.json().id;
    const read = await get(livret(), f.accompagnateur);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().withheld).toEqual(['documents', 'meeting_reports']);
    const docs = read.json().events.filter((e: { kind: string }) => e.kind === 'document');
    expect(docs.map((d: { title: string; proofUrl: string | null }) => [d.title, d.proofUrl])).toEqual([
      ['Document : Dossier de faisabilité (Livret 1)', null],
      ['Document : Justificatif', null],
    ]);
    expect((await get(`/api/documents/${f.proofId}`, f.accompagnateur)).statusCode).toBe(403);
  });

  it('another organisation of the same kind, not granted, is still refused (403)', async () => {
    expect((await get(livret(), f.otherAccompagnateur)).statusCode).toBe(403);
    expect((await get(`/api/documents/${f.proofId}`, f.otherAccompagnateur)).statusCode).toBe(403);
  });

  it('documents, once shared: listed, downloadable and named in the livret', async () => {
    expect((await grant(f.accompId, ['livret', 'documents'])).statusCode).toBe(201);
    expect((await get(`/api/documents/${f.proofId}`, f.accompagnateur)).statusCode).toBe(200);
    expect(await listedDocuments(f.accompagnateur)).toEqual([f.livret1Id, f.proofId]);
    const events = (await get(livret(), f.accompagnateur)).json().events;
    expect(events.find((e: { kind: string }) => e.kind === 'document').title).toBe('Document : Dossier de faisabilité (Livret 1) — livret1.pdf');
  });

  it('a withdrawn grant denies the very next read', async () => {
    const items = (await get(`/api/pathways/${f.pathwayId}/grants`, f.candidate)).json().items;
    grantId = items.find((g: { active: boolean }) => g.active).id;
    const withdrawn = await f.ctx.app.inject({ method: 'DELETE', url: `/api/pathways/${f.pathwayId}/grants/${grantId}`, headers: f.candidate.headers });
    expect(withdrawn.statusCode).toBe(200);
    expect((await get(livret(), f.accompagnateur)).statusCode).toBe(403);
    expect((await get(`/api/documents/${f.proofId}`, f.accompagnateur)).statusCode).toBe(403);
    expect(await listedDocuments(f.accompagnateur)).toEqual([]);
  });
});

describe('the access log', () => {
  it('shows the candidate who read which part, for which organisation, how and when — never their own reads', async () => {
    await get(livret(), f.candidate);
    await get(`/api/documents/${f.proofId}`, f.candidate);
    f.ctx.clock.set(new Date('2026-03-02T09:10:00Z'));
    await get(livret(), f.admin);
    const res = await get(`/api/pathways/${f.pathwayId}/access-log`, f.candidate);
    expect(res.statusCode).toBe(200);
    const items: { at: string; userName: string; organisationName: string | null; part: string; via: string; label: string }[] = res.json().items;
    expect(items[0]).toMatchObject({ at: '2026-03-02T09:10:00.000Z', part: 'livret', via: 'admin', organisationName: 'Administration de Jalon' });
    const byAccompagnateur = items.filter((i) => i.via === 'grant');
    expect(byAccompagnateur.map((i) => i.part).sort()).toEqual(['documents', 'livret', 'livret']);
    expect(byAccompagnateur.find((i) => i.part === 'documents')?.label).toBe('Justificatif — bulletin-de-salaire.pdf');
    expect(items.filter((i) => i.via === 'role').map((i) => i.part).sort()).toEqual(['documents', 'documents', 'livret', 'livret']);
    expect(new Set(items.map((i) => i.userName)).size).toBeGreaterThanOrEqual(4);
    // The same reads are audit events, which administrators read in the audit trail.
    const audited = await f.ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.eventType, 'sharing.part_read'), eq(auditEvents.entityId, f.pathwayId)));
    expect(audited.length).toBe(items.filter((i) => i.part === 'livret').length);
    const adminView = await get(`/api/admin/audit?eventType=sharing.part_read&entityId=${f.pathwayId}`, f.admin);
    expect(adminView.json().total ?? adminView.json().items.length).toBeGreaterThan(0);
  });

  it('is not readable by the professionals it names, nor by another candidate', async () => {
    for (const as of [f.accompagnateur, f.referent, f.otherCandidate]) expect((await get(`/api/pathways/${f.pathwayId}/access-log`, as)).statusCode).toBe(403);
  });
});
