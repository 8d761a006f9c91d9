import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, pathways } from '../../db/schema';
import { buildCandidate, buildOrganisation, buildPathway, buildUser, setTestPassword } from '../../test/factories';
import { createTestContext, loginAs, type Session, type TestContext } from '../../test/test-app';
import type { TPathwaySummary } from './pathways.schema';
import { multipart, pdfBytes, pngBytes } from './testing/files';

let ctx: TestContext;
let referent: Session;
let certificateur: Session;
let otherReferent: Session;
let admin: Session;
let candidate: Session;
let structureId = '';
let davaId = '';
let funderId = '';
let candidateId = '';
let pathwayId = '';
let documentId = '';

beforeAll(async () => {
  ctx = await createTestContext();
  structureId = (await buildOrganisation(ctx.database)).id;
  davaId = (await buildOrganisation(ctx.database, { kind: 'certificateur' })).id;
  funderId = (await buildOrganisation(ctx.database, { kind: 'funder' })).id;
  referent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: structureId, role: 'referent' }] })).email);
  certificateur = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: davaId, role: 'certificateur_agent' }] })).email);
  // Another structure of the same kind, with the same role.
  otherReferent = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ role: 'referent' }] })).email);
  admin = await loginAs(ctx.app, (await buildUser(ctx.database, { isPlatformAdmin: true })).email);
  const candidateUser = await buildUser(ctx.database, { kind: 'candidate' });
  await setTestPassword(ctx.database, candidateUser.id);
  candidate = await loginAs(ctx.app, candidateUser.email);
  candidateId = (await buildCandidate(ctx.database, { organisationId: structureId, userId: candidateUser.id })).id;
  const p = await buildPathway(ctx.database, { candidateId, state: 'faisabilite_preparation', actors: [{ organisationId: structureId, role: 'referent' }, { organisationId: davaId, role: 'certificateur_agent' }] });
  pathwayId = p.id;
  const form = multipart('preuve.pdf', pdfBytes());
  const up = await ctx.app.inject({ method: 'POST', url: `/api/pathways/${pathwayId}/documents?kind=proof`, headers: { ...referent.headers, ...form.headers }, payload: form.payload });
  documentId = up.json().id;
});
afterAll(async () => ctx.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';
interface Endpoint {
  method: Method;
  url: () => string;
  /** The one allowed to call it, and a valid body. */
  as: () => Session;
  valid?: () => unknown;
  invalid: { url?: () => string; payload?: unknown };
  /** Someone of another organisation of the same kind, or another candidate; none for admin routes. */
  stranger?: () => Session;
}

const endpoints: Endpoint[] = [
  {
    method: 'POST',
    url: () => '/api/candidates',
    as: () => referent,
    valid: () => ({ organisationId: structureId, firstName: 'Léa', lastName: 'Martin', situation: 'carer' }),
    invalid: { payload: { organisationId: structureId, firstName: 'Léa', lastName: 'Martin', situation: 'astronaute' } },
    stranger: () => otherReferent,
  },
  { method: 'GET', url: () => '/api/candidates?q=camille', as: () => referent, invalid: { url: () => '/api/candidates?departementCode=999' } },
  { method: 'GET', url: () => `/api/candidates/${candidateId}`, as: () => referent, invalid: { url: () => '/api/candidates/pas-un-uuid' }, stranger: () => otherReferent },
  { method: 'PATCH', url: () => `/api/candidates/${candidateId}`, as: () => referent, valid: () => ({ phone: '02 31 00 00 00' }), invalid: { payload: { phone: 'abc' } }, stranger: () => otherReferent },
  { method: 'GET', url: () => `/api/candidates/${candidateId}/sensitive`, as: () => referent, invalid: { url: () => '/api/candidates/42/sensitive' }, stranger: () => otherReferent },
  {
    method: 'POST',
    url: () => '/api/pathways',
    as: () => referent,
    valid: () => ({ candidateId, certificationCode: 'RNCP37274', blocCodes: ['RNCP37274BC01'], organisationId: structureId, role: 'referent', fundingRoute: 'region' }),
    invalid: { payload: { candidateId, certificationCode: 'RNCP37274', organisationId: structureId, role: 'referent', fundingRoute: 'loterie' } },
    stranger: () => otherReferent,
  },
  { method: 'GET', url: () => '/api/pathways?state=faisabilite_preparation', as: () => referent, invalid: { url: () => '/api/pathways?state=ailleurs' } },
  { method: 'GET', url: () => `/api/pathways/${pathwayId}`, as: () => referent, invalid: { url: () => '/api/pathways/1' }, stranger: () => otherReferent },
  {
    method: 'POST',
    url: () => `/api/pathways/${pathwayId}/actors`,
    as: () => referent,
    valid: () => ({ organisationId: funderId, role: 'funder', userId: null }),
    invalid: { payload: { organisationId: davaId, role: 'jury' } },
    stranger: () => otherReferent,
  },
  {
    method: 'POST',
    url: () => `/api/pathways/${pathwayId}/transitions`,
    as: () => referent,
    valid: () => ({ type: 'close', reason: 'abandon', details: 'Déménagement' }),
    invalid: { payload: { type: 'teleport' } },
    stranger: () => otherReferent,
  },
  { method: 'GET', url: () => `/api/documents/${documentId}`, as: () => referent, invalid: { url: () => '/api/documents/x' }, stranger: () => otherReferent },
  { method: 'GET', url: () => '/api/certificateur/inbox', as: () => certificateur, invalid: { url: () => '/api/certificateur/inbox?x=1' } },
  { method: 'GET', url: () => '/api/me/pathways', as: () => candidate, invalid: { url: () => '/api/me/pathways?x=1' } },
  { method: 'GET', url: () => '/api/me/export', as: () => candidate, invalid: { url: () => '/api/me/export?x=1' } },
  { method: 'GET', url: () => '/api/admin/settings/deadlines', as: () => admin, invalid: { url: () => '/api/admin/settings/deadlines?x=1' }, stranger: () => referent },
  {
    method: 'PUT',
    url: () => '/api/admin/settings/deadlines',
    as: () => admin,
    valid: () => ({ recevabiliteAnswerMonths: 2, accompanimentAnswerDays: 30, pathwayMaxYears: 5, assistanceMaxYears: 2, inactivityDays: 60, dueSoonDays: 14 }),
    invalid: { payload: { recevabiliteAnswerMonths: 0 } },
    stranger: () => referent,
  },
];

describe.each(endpoints.map((e) => ({ ...e, name: `${e.method} ${e.url().replace(/[0-9a-f-]{36}/g, ':id')}` })))('$name', (ep) => {
  it('401 without a session', async () => {
    const res = await ctx.app.inject({ method: ep.method, url: ep.url(), payload: ep.valid?.() as object });
    expect(res.statusCode).toBe(401);
  });
  it('400 with a stable code for bad input', async () => {
    const res = await ctx.app.inject({ method: ep.method, url: (ep.invalid.url ?? ep.url)(), headers: ep.as().headers, payload: ep.invalid.payload as object });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
  it.runIf(ep.stranger)('403 for another organisation of the same kind', async () => {
    const res = await ctx.app.inject({ method: ep.method, url: ep.url(), headers: ep.stranger?.().headers, payload: ep.valid?.() as object });
    expect(res.statusCode).toBe(403);
  });
  it('2xx for the right person', async () => {
    const res = await ctx.app.inject({ method: ep.method, url: ep.url(), headers: ep.as().headers, payload: ep.valid?.() as object });
    expect([200, 201], res.body).toContain(res.statusCode);
  });
});

/** A fresh pathway per rule test, so each starts from a known state. */
async function freshPathway(state: 'faisabilite_preparation' | 'validation_filed' = 'faisabilite_preparation') {
  return buildPathway(ctx.database, { candidateId, state, actors: [{ organisationId: structureId, role: 'referent' }, { organisationId: davaId, role: 'certificateur_agent' }] });
}
async function stateOf(id: string) {
  const [row] = await ctx.database.db.select().from(pathways).where(eq(pathways.id, id));
  return row;
}
async function uploadTo(id: string, name: string, content: Buffer, kind = 'livret1') {
  const form = multipart(name, content);
  return ctx.app.inject({ method: 'POST', url: `/api/pathways/${id}/documents?kind=${kind}`, headers: { ...referent.headers, ...form.headers }, payload: form.payload });
}

describe('transitions that must leave the pathway unchanged', () => {
  it('out of order, by the wrong role, with missing data', async () => {
    const p = await freshPathway();
    const before = await stateOf(p.id);
    const post = (s: Session, payload: object) => ctx.app.inject({ method: 'POST', url: `/api/pathways/${p.id}/transitions`, headers: s.headers, payload });
    const outOfOrder = await post(certificateur, { type: 'schedule_jury', date: '2026-06-01T08:00:00Z', place: 'Caen', format: 'presentiel' });
    expect([outOfOrder.statusCode, outOfOrder.json().error.code]).toEqual([409, 'TRANSITION_NOT_ALLOWED']);
    const wrongRole = await post(referent, { type: 'declare_recevable', decidedOn: '2026-03-01' });
    expect([wrongRole.statusCode, wrongRole.json().error.code]).toEqual([403, 'ROLE_NOT_ALLOWED']);
    const missing = await post(referent, { type: 'file_faisabilite' });
    expect([missing.statusCode, missing.json().error.code]).toEqual([400, 'MISSING_DATA']);
    const notMine = await post(referent, { type: 'file_faisabilite', role: 'certificateur_agent' });
    expect(notMine.json().error.code).toBe('ROLE_NOT_ALLOWED');
    expect(await stateOf(p.id)).toEqual(before);
    const history = await ctx.app.inject({ method: 'GET', url: `/api/pathways/${p.id}`, headers: referent.headers });
    expect(history.json().transitions).toEqual([]);
  });

  it('a jury result before the session date, then after it with a bloc not targeted', async () => {
    const p = await buildPathway(ctx.database, { candidateId, state: 'validation_filed', blocCodes: ['RNCP37274BC01', 'RNCP37274BC02'], actors: [{ organisationId: davaId, role: 'certificateur_agent' }] });
    const post = (payload: object) => ctx.app.inject({ method: 'POST', url: `/api/pathways/${p.id}/transitions`, headers: certificateur.headers, payload });
    expect((await post({ type: 'schedule_jury', date: '2026-03-02T14:00:00Z', place: 'Caen', format: 'presentiel' })).statusCode).toBe(200);
    const before = await stateOf(p.id);
    const early = await post({ type: 'record_jury_result', attendance: 'present', blocs: [{ code: 'RNCP37274BC01', validated: true }, { code: 'RNCP37274BC02', validated: true }] });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'JURY_RESULT_TOO_EARLY']);
    ctx.clock.advanceMinutes(6 * 60);
    const session = await loginAs(ctx.app, (await buildUser(ctx.database, { roles: [{ organisationId: davaId, role: 'certificateur_agent' }] })).email);
    const foreign = await ctx.app.inject({ method: 'POST', url: `/api/pathways/${p.id}/transitions`, headers: session.headers, payload: { type: 'record_jury_result', attendance: 'present', blocs: [{ code: 'RNCP37274BC01', validated: true }, { code: 'RNCP37274BC02', validated: true }, { code: 'RNCP37274BC03', validated: true }] } });
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([400, 'BLOC_NOT_TARGETED']);
    expect(await stateOf(p.id)).toEqual(before);
    ctx.clock.set('2026-03-02T09:00:00Z');
  });

  it('a pathway is created only on blocs of its certification', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/pathways', headers: referent.headers, payload: { candidateId, certificationCode: 'RNCP37274', blocCodes: ['RNCP37231BC01'], organisationId: structureId, role: 'referent', fundingRoute: 'cpf' } });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'BLOC_NOT_TARGETED']);
  });
});

describe('documents', () => {
  it('detects the type by content: a PNG named .pdf is stored as a PNG, a text named .pdf is refused', async () => {
    const p = await freshPathway();
    const png = await uploadTo(p.id, 'scan.pdf', pngBytes(), 'proof');
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({ mimeType: 'image/png', originalName: 'scan.pdf' });
    const text = await uploadTo(p.id, 'livret1.pdf', Buffer.from('Ceci est un simple texte, pas un PDF.'));
    expect([text.statusCode, text.json().error.code]).toEqual([400, 'FILE_TYPE_NOT_ALLOWED']);
    const filing = await ctx.app.inject({ method: 'POST', url: `/api/pathways/${p.id}/transitions`, headers: referent.headers, payload: { type: 'file_faisabilite' } });
    expect(filing.json().error.code).toBe('MISSING_DATA');
    expect((await stateOf(p.id))?.state).toBe('faisabilite_preparation');
  });

  it('refuses a file over 20 MB with 413', async () => {
    const p = await freshPathway();
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(20 * 1024 * 1024 + 1, 0x20)]);
    const res = await uploadTo(p.id, 'gros.pdf', big);
    expect([res.statusCode, res.json().error.code]).toEqual([413, 'FILE_TOO_LARGE']);
    const page = await ctx.app.inject({ method: 'GET', url: `/api/pathways/${p.id}`, headers: referent.headers });
    expect(page.json().documents).toEqual([]);
  });

  it('serves a document as an attachment and audits the download', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: `/api/documents/${documentId}`, headers: candidate.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="preuve.pdf"/);
    expect(res.rawPayload.equals(pdfBytes())).toBe(true);
    const audits = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.eventType, 'document.downloaded'));
    expect(audits.some((a) => a.details.documentId === documentId)).toBe(true);
  });
});

describe('sensitive data', () => {
  it('is read by the référent and the candidate, each read audited; not by the certificateur', async () => {
    await ctx.app.inject({ method: 'PATCH', url: `/api/candidates/${candidateId}`, headers: referent.headers, payload: { sensitive: { hasHandicap: true, health: 'Fatigabilité' } } });
    const count = async () => (await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.eventType, 'sensitive_data.read'))).filter((a) => a.entityId === candidateId).length;
    const before = await count();
    const byReferent = await ctx.app.inject({ method: 'GET', url: `/api/candidates/${candidateId}/sensitive`, headers: referent.headers });
    expect(byReferent.json().sensitive).toMatchObject({ hasHandicap: true, health: 'Fatigabilité' });
    const byCandidate = await ctx.app.inject({ method: 'GET', url: `/api/candidates/${candidateId}/sensitive`, headers: candidate.headers });
    expect(byCandidate.statusCode).toBe(200);
    const byCertificateur = await ctx.app.inject({ method: 'GET', url: `/api/candidates/${candidateId}/sensitive`, headers: certificateur.headers });
    expect(byCertificateur.statusCode).toBe(403);
    expect(await count()).toBe(before + 2);
    const file = await ctx.app.inject({ method: 'GET', url: `/api/candidates/${candidateId}`, headers: certificateur.headers });
    expect(file.statusCode).toBe(200);
    expect(JSON.stringify(file.json())).not.toMatch(/Fatigabilit/);
  });
});

describe('lists and deadlines', () => {
  it('filters by overdue deadlines with the limits from the settings', async () => {
    const filed = await buildPathway(ctx.database, { candidateId, state: 'faisabilite_filed', faisabiliteFiledAt: new Date('2025-12-20T09:00:00Z'), lastContactAt: new Date('2026-03-01T09:00:00Z'), actors: [{ organisationId: structureId, role: 'referent' }] });
    const list = async (q: string) => (await ctx.app.inject({ method: 'GET', url: `/api/pathways?${q}`, headers: referent.headers })).json<{ items: TPathwaySummary[]; total: number }>();
    const overdue = await list('overdue=true&pageSize=100');
    expect(overdue.items.map((i: { id: string }) => i.id)).toContain(filed.id);
    expect(overdue.items.find((i: { id: string }) => i.id === filed.id)?.overdueDeadlines).toContain('recevabilite_answer');
    const limits = { recevabiliteAnswerMonths: 4, accompanimentAnswerDays: 30, pathwayMaxYears: 5, assistanceMaxYears: 2, inactivityDays: 60, dueSoonDays: 14 };
    expect((await ctx.app.inject({ method: 'PUT', url: '/api/admin/settings/deadlines', headers: admin.headers, payload: limits })).statusCode).toBe(200);
    expect((await list('overdue=true&pageSize=100')).items.map((i: { id: string }) => i.id)).not.toContain(filed.id);
    const page = await ctx.app.inject({ method: 'GET', url: `/api/pathways/${filed.id}`, headers: referent.headers });
    expect(page.json().deadlines.find((d: { kind: string }) => d.kind === 'recevabilite_answer')).toMatchObject({ dueAt: '2026-04-20T09:00:00.000Z', status: 'upcoming' });
    const settings = await ctx.app.inject({ method: 'GET', url: '/api/admin/settings/deadlines', headers: admin.headers });
    expect(settings.json()).toMatchObject({ limits, isDefault: false });
    const filtered = await list(`state=faisabilite_filed&certificationCode=RNCP37274&departementCode=14&actorOrganisationId=${structureId}&hasRemainingBlocs=true`);
    expect(filtered.items.map((i: { id: string }) => i.id)).toEqual([filed.id]);
    expect((await list('departementCode=76')).items).toEqual([]);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/pathways', headers: otherReferent.headers })).json().total).toBe(0);
  });
});
