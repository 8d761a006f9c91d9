import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, settings } from '../../db/schema';
import { buildUser } from '../../test/factories';
import { loginAs, type Session } from '../../test/test-app';
import { networkFixture, type NetworkFixture } from './testing/fixture';

let f: NetworkFixture;
let admin: Session;
const url = '/api/network/referral-delays';
const put = (payload: object, as?: Session) => f.ctx.app.inject({ method: 'PUT', url, payload, ...(as ? { headers: as.headers } : {}) });
const stored = async () => f.ctx.database.db.select().from(settings).where(eq(settings.key, 'network.referral_delays'));

beforeAll(async () => {
  f = await networkFixture();
  admin = await loginAs(f.ctx.app, (await buildUser(f.ctx.database, { isPlatformAdmin: true })).email);
});
afterAll(async () => f.ctx.close());

describe('referral delays', () => {
  it('401 without a session', async () => {
    expect((await f.ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await put({ reminderDays: 3, expiryDays: 10, outcomeDays: 90 })).statusCode).toBe(401);
  });

  it('reads the defaults for a direction or a référent; 403 for a candidate', async () => {
    const res = await f.ctx.app.inject({ method: 'GET', url, headers: f.director.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ delays: { reminderDays: 7, expiryDays: 30, outcomeDays: 180 }, isDefault: true });
    expect((await f.ctx.app.inject({ method: 'GET', url, headers: f.candidate.headers })).statusCode).toBe(403);
  });

  it('400 for a reminder after the expiry, a delay out of range or an unknown field, and nothing changes', async () => {
    const late = await put({ reminderDays: 30, expiryDays: 10, outcomeDays: 90 }, admin);
    expect([late.statusCode, late.json().error.code, late.json().error.details.fields.reminderDays]).toEqual([400, 'VALIDATION_FAILED', 'Le rappel doit partir avant l’expiration de la mise en relation.']);
    expect((await put({ reminderDays: 0, expiryDays: 10, outcomeDays: 90 }, admin)).statusCode).toBe(400);
    expect((await put({ reminderDays: 3, expiryDays: 10, outcomeDays: 90, extra: 1 }, admin)).statusCode).toBe(400);
    expect(await stored()).toEqual([]);
  });

  it('403 for a structure’s direction: the delays are the platform’s, set by an administrator', async () => {
    expect((await put({ reminderDays: 3, expiryDays: 10, outcomeDays: 90 }, f.director)).statusCode).toBe(403);
    expect((await put({ reminderDays: 3, expiryDays: 10, outcomeDays: 90 }, f.otherReferent)).statusCode).toBe(403);
    expect(await stored()).toEqual([]);
  });

  it('200 for an administrator, audited with the old and new values, and applied to the next referral', async () => {
    const res = await put({ reminderDays: 3, expiryDays: 10, outcomeDays: 90 }, admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ delays: { reminderDays: 3, expiryDays: 10, outcomeDays: 90 }, isDefault: false, updatedAt: f.ctx.clock.now().toISOString() });
    const [audit] = await f.ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.eventType, 'settings.updated'), eq(auditEvents.entityId, 'network.referral_delays')));
    expect(audit?.details).toEqual({ before: { reminderDays: 7, expiryDays: 30, outcomeDays: 180 }, after: { reminderDays: 3, expiryDays: 10, outcomeDays: 90 } });
    const referral = await f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/referrals`, headers: f.referent.headers, payload: { contactId: f.contactId, consent: true, sharedInformation: 'Logement' } });
    expect(referral.json().expiresAt).toBe(new Date(f.ctx.clock.now().getTime() + 10 * 86_400_000).toISOString());
  });
});
