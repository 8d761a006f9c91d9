import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, shareGrants } from '../../db/schema';
import type { Session } from '../../test/test-app';
import { sharingFixture, type SharingFixture } from './testing/fixture';

let f: SharingFixture;
const grants = () => `/api/pathways/${f.pathwayId}/grants`;
const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, as?: Session, payload?: object) => f.ctx.app.inject({ method, url, ...(as ? { headers: as.headers } : {}), ...(payload ? { payload } : {}) });
const grantRows = async () => f.ctx.database.db.select().from(shareGrants).where(eq(shareGrants.pathwayId, f.pathwayId));

beforeAll(async () => {
  f = await sharingFixture();
});
afterAll(async () => f.ctx.close());

describe('the candidate’s grants', () => {
  it('401 without a session, on every endpoint', async () => {
    for (const [method, url] of [['GET', grants()], ['POST', grants()], ['DELETE', `${grants()}/${f.pathwayId}`], ['GET', `/api/pathways/${f.pathwayId}/access-log`]] as const) {
      expect((await inject(method, url, undefined, method === 'POST' ? { organisationId: f.accompId, scopes: ['livret'] } : undefined)).statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('400 for no scope, an unknown scope, a scope twice or an organisation outside the pathway, and nothing changes', async () => {
    const bad = [
      { organisationId: f.accompId, scopes: [] },
      { organisationId: f.accompId, scopes: ['assessments_secret'] },
      { organisationId: f.accompId, scopes: ['livret', 'livret'] },
      { organisationId: f.strangerOrgId, scopes: ['livret'] },
      { organisationId: 'pas-un-uuid', scopes: ['livret'] },
    ];
    for (const payload of bad) {
      const res = await inject('POST', grants(), f.candidate, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const outside = await inject('POST', grants(), f.candidate, { organisationId: f.strangerOrgId, scopes: ['livret'] });
    expect(outside.json().error.details.fields.organisationId).toMatch(/ne participe pas à votre parcours/);
    expect(await grantRows()).toEqual([]);
    expect(await f.ctx.database.db.select().from(auditEvents).where(eq(auditEvents.eventType, 'sharing.granted'))).toEqual([]);
  });

  it('403 for another candidate and for professionals, even the référent: only the candidate shares', async () => {
    for (const as of [f.otherCandidate, f.referent, f.accompagnateur, f.admin]) {
      expect((await inject('GET', grants(), as)).statusCode).toBe(403);
      expect((await inject('POST', grants(), as, { organisationId: f.accompId, scopes: ['livret'] })).statusCode).toBe(403);
      expect((await inject('GET', `/api/pathways/${f.pathwayId}/access-log`, as)).statusCode).toBe(403);
    }
    expect(await grantRows()).toEqual([]);
  });

  it('201 grants, lists the organisations of the pathway, replaces the scopes when shared again, audited', async () => {
    const listed = await inject('GET', grants(), f.candidate);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().organisations.map((o: { organisationId: string }) => o.organisationId).sort()).toEqual([f.structureId, f.accompId, f.certificateurId, f.partnerId].sort());
    const first = await inject('POST', grants(), f.candidate, { organisationId: f.accompId, scopes: ['livret'] });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ organisationId: f.accompId, scopes: ['livret'], active: true, withdrawnAt: null });
    const second = await inject('POST', grants(), f.candidate, { organisationId: f.accompId, scopes: ['livret', 'documents'] });
    expect(second.statusCode).toBe(201);
    const items = (await inject('GET', grants(), f.candidate)).json().items;
    expect(items.map((g: { scopes: string[]; active: boolean }) => [g.scopes, g.active])).toEqual([[['livret'], false], [['livret', 'documents'], true]]);
    const audits = await f.ctx.database.db.select().from(auditEvents).where(eq(auditEvents.eventType, 'sharing.granted'));
    expect(audits.at(-1)?.details).toMatchObject({ organisationId: f.accompId, scopes: ['livret', 'documents'], replaces: [{ grantId: first.json().id, scopes: ['livret'] }] });
  });

  it('200 withdraws at once; 409 the second time; 404 for a grant of another pathway; 403 for another candidate', async () => {
    const active = (await grantRows()).find((g) => g.withdrawnAt === null);
    if (!active) throw new Error('no active grant');
    expect((await inject('DELETE', `${grants()}/${active.id}`, f.otherCandidate)).statusCode).toBe(403);
    expect((await inject('DELETE', `/api/pathways/${f.otherPathwayId}/grants/${active.id}`, f.otherCandidate)).statusCode).toBe(404);
    const res = await inject('DELETE', `${grants()}/${active.id}`, f.candidate);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: active.id, active: false });
    const again = await inject('DELETE', `${grants()}/${active.id}`, f.candidate);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'GRANT_ALREADY_WITHDRAWN']);
    expect((await f.ctx.database.db.select().from(auditEvents).where(eq(auditEvents.eventType, 'sharing.withdrawn'))).map((a) => a.details)).toEqual([{ grantId: active.id, organisationId: f.accompId, scopes: ['livret', 'documents'] }]);
  });
});
