import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planItems, referrals, settings } from '../../db/schema';
import { lastLinkToken, networkFixture, type NetworkFixture } from './testing/fixture';
import { referralRemindersJob } from './referral-reminders.job';

let f: NetworkFixture;
beforeAll(async () => {
  f = await networkFixture();
});
afterAll(async () => f.ctx.close());

const refer = (payload: object, as = f.referent) => f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/referrals`, headers: as.headers, payload });
const open = (token: string) => f.ctx.app.inject({ method: 'GET', url: `/api/referral-links/${token}` });
const answer = (token: string, payload: object) => f.ctx.app.inject({ method: 'POST', url: `/api/referral-links/${token}`, payload });
const runJob = () => referralRemindersJob('http://jalon.test').handler({}, { database: f.ctx.database, clock: f.ctx.clock, attempt: 1, isLastAttempt: true });
const itemOf = async () => (await f.ctx.database.db.select().from(planItems).where(eq(planItems.id, f.planItemId)))[0];

describe('referrals', () => {
  it('refuses a referral without consent, naming the field, and records nothing', async () => {
    const res = await refer({ contactId: f.contactId, consent: false, sharedInformation: 'Logement' });
    expect([res.statusCode, res.json().error.code, res.json().error.details.fields.consent]).toEqual([400, 'CONSENT_REQUIRED', expect.any(String)]);
    expect(await f.ctx.database.db.select().from(referrals)).toHaveLength(0);
  });

  it('only the référent of the pathway refers (not the accompagnateur on it)', async () => {
    f.ctx.clock.advanceMinutes(1);
    const res = await refer({ contactId: f.contactId, consent: true, sharedInformation: 'Logement' }, f.accompagnateur);
    expect(res.statusCode).toBe(403);
  });

  it('accept, then outcome through the second link, written into the plan item; each link works once', async () => {
    f.ctx.clock.advanceMinutes(1);
    const created = await refer({ contactId: f.contactId, planItemId: f.planItemId, consent: true, sharedInformation: 'Cherche un logement à Caen dès avril.' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'sent', consentAt: f.ctx.clock.now().toISOString(), planItemId: f.planItemId });
    const token = await lastLinkToken(f);
    const [stored] = await f.ctx.database.db.select().from(referrals).where(eq(referrals.id, created.json().id));
    expect(stored?.tokenHash).not.toContain(token);

    f.ctx.clock.advanceMinutes(5);
    const accepted = await answer(token, { action: 'accept' });
    expect(accepted.json().status).toBe('accepted');
    const again = await answer(token, { action: 'accept' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'REFERRAL_LINK_USED']);
    expect((await open(token)).json().error.code).toBe('REFERRAL_LINK_USED');
    expect((await itemOf())?.status).toBe('in_progress');

    const next = accepted.json().nextLink.split('/').pop() as string;
    expect(await lastLinkToken(f)).toBe(next);
    expect((await answer(next, { action: 'accept' })).statusCode).toBe(409);
    const outcome = await answer(next, { action: 'outcome', text: 'Studio attribué au 1er avril.' });
    expect(outcome.json().status).toBe('outcome_reported');
    expect((await answer(next, { action: 'outcome', text: 'encore' })).json().error.code).toBe('REFERRAL_LINK_USED');
    expect((await itemOf())?.feedback).toContain('Studio attribué au 1er avril.');

    const list = await f.ctx.app.inject({ method: 'GET', url: `/api/pathways/${f.pathwayId}/referrals`, headers: f.candidate.headers });
    expect(list.json().items.find((r: { id: string }) => r.id === created.json().id)).toMatchObject({ status: 'outcome_reported', outcome: 'Studio attribué au 1er avril.', mediationNotes: null });
  });

  it('a link past its expiry is refused with its own code, and the job marks the referral expired', async () => {
    f.ctx.clock.advanceMinutes(1);
    const created = await refer({ contactId: f.contactId, consent: true, sharedInformation: 'Logement' });
    const token = await lastLinkToken(f);
    f.ctx.clock.advanceDays(31);
    const res = await answer(token, { action: 'accept' });
    expect([res.statusCode, res.json().error.code]).toEqual([410, 'REFERRAL_LINK_EXPIRED']);
    await runJob();
    const [row] = await f.ctx.database.db.select().from(referrals).where(eq(referrals.id, created.json().id));
    expect(row?.status).toBe('expired');
    await f.relogin();
  });

  it('reminds once after the configured delay with a new link that replaces the first', async () => {
    await f.ctx.database.db.insert(settings).values({ key: 'network.referral_delays', value: { reminderDays: 3, expiryDays: 10, outcomeDays: 90 }, updatedAt: f.ctx.clock.now() });
    const created = await refer({ contactId: f.contactId, consent: true, sharedInformation: 'Logement' });
    expect(created.json().expiresAt).toBe(new Date(f.ctx.clock.now().getTime() + 10 * 86_400_000).toISOString());
    const first = await lastLinkToken(f);
    f.ctx.clock.advanceDays(2);
    await runJob();
    expect(await lastLinkToken(f)).toBe(first);
    f.ctx.clock.advanceDays(2);
    await runJob();
    const second = await lastLinkToken(f);
    expect(second).not.toBe(first);
    expect((await open(first)).json().error.code).toBe('REFERRAL_LINK_EXPIRED');
    expect((await open(second)).json()).toMatchObject({ purpose: 'answer', status: 'sent' });
    f.ctx.clock.advanceDays(1);
    await runJob();
    expect(await lastLinkToken(f)).toBe(second);
  });
});
