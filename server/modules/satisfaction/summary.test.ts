import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SATISFACTION_VERSION } from '../../../common/satisfaction';
import { pathwayActors, satisfactionAnswers, satisfactionRequests } from '../../db/schema';
import { buildOrganisation, buildUser } from '../../test/factories';
import { loginAs, type Session } from '../../test/test-app';
import { satisfactionFixture, type SatisfactionFixture } from './testing/fixture';

let f: SatisfactionFixture;
let funder: Session;
let admin: Session;
beforeAll(async () => {
  f = await satisfactionFixture();
  const funderOrg = await buildOrganisation(f.ctx.database, { kind: 'funder' });
  await f.ctx.database.db.insert(pathwayActors).values({ pathwayId: f.pathwayId, organisationId: funderOrg.id, role: 'funder', createdAt: f.ctx.clock.now() });
  funder = await loginAs(f.ctx.app, (await buildUser(f.ctx.database, { roles: [{ organisationId: funderOrg.id, role: 'funder_analyst' }] })).email);
  admin = await loginAs(f.ctx.app, (await buildUser(f.ctx.database, { isPlatformAdmin: true })).email);
});
afterAll(async () => f.ctx.close());

/** A questionnaire of the structure sent on `sentOn`, answered with `overall` when given. */
async function seedAnswer(sentOn: string, overall: number | null, recommend = true) {
  const sentAt = new Date(`${sentOn}T10:00:00Z`);
  const [row] = await f.ctx.database.db
    .insert(satisfactionRequests)
    .values({ pathwayId: f.pathwayId, organisationId: f.structureId, context: 'assistance', questionnaireVersion: SATISFACTION_VERSION, status: overall === null ? 'sent' : 'answered', sentAt, expiresAt: new Date(sentAt.getTime() + 30 * 86_400_000), answeredAt: overall === null ? null : sentAt, createdAt: sentAt })
    .returning({ id: satisfactionRequests.id });
  if (overall === null || !row) return;
  await f.ctx.database.db.insert(satisfactionAnswers).values([
    { requestId: row.id, questionId: 'overall', questionnaireVersion: SATISFACTION_VERSION, score: overall },
    { requestId: row.id, questionId: 'recommend', questionnaireVersion: SATISFACTION_VERSION, choice: recommend },
    { requestId: row.id, questionId: 'comment', questionnaireVersion: SATISFACTION_VERSION, comment: `Avis noté ${overall}` },
  ]);
}

const summary = (as: Session | null, query = `organisationId=${f.structureId}&from=2026-03-01&to=2026-03-31`) => f.ctx.app.inject({ method: 'GET', url: `/api/satisfaction/summary?${query}`, headers: as?.headers });
const overall = (body: { questions: { questionId: string }[] }) => body.questions.find((q) => q.questionId === 'overall');

describe('satisfaction aggregates per structure and period', () => {
  it('counts sent and answered in the period only, with the response rate', async () => {
    for (const [day, score] of [['2026-03-02', 5], ['2026-03-10', 4], ['2026-03-31', 2], ['2026-03-15', null], ['2026-02-27', 1], ['2026-04-01', 1]] as const) await seedAnswer(day, score);
    const res = await summary(f.director);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ sent: 4, answered: 3, responseRate: 0.75, insider: true });
  });

  it('inside the structure: means, distributions and comments even under 5 answers', async () => {
    const body = (await summary(f.referent)).json();
    expect(overall(body)).toMatchObject({ count: 3, mean: 3.67, masked: false, distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 } });
    expect(body.questions.find((q: { questionId: string }) => q.questionId === 'recommend')).toMatchObject({ count: 3, distribution: { yes: 3, no: 0 } });
    expect(body.comments.map((c: { text: string }) => c.text)).toEqual(['Avis noté 5', 'Avis noté 4', 'Avis noté 2']);
  });

  it('outside (a funder of one of its pathways, an administrator): counts shown, means masked under 5', async () => {
    for (const who of [funder, admin]) {
      const body = (await summary(who)).json();
      expect(body).toMatchObject({ insider: false, sent: 4, answered: 3, comments: null });
      expect(overall(body)).toMatchObject({ count: 3, mean: null, distribution: null, masked: true });
    }
  });

  it('outside: shown once the period holds 5 answers', async () => {
    await seedAnswer('2026-03-20', 3, false);
    await seedAnswer('2026-03-21', 4);
    const body = (await summary(funder)).json();
    expect(overall(body)).toMatchObject({ count: 5, mean: 3.6, masked: false });
    expect(body.responseRate).toBe(0.833);
  });

  it('refuses another structure’s référent and a funder with no pathway there; bad periods get a stable code', async () => {
    expect((await summary(f.otherReferent)).statusCode).toBe(403);
    const otherFunderOrg = await buildOrganisation(f.ctx.database, { kind: 'funder' });
    const otherFunder = await loginAs(f.ctx.app, (await buildUser(f.ctx.database, { roles: [{ organisationId: otherFunderOrg.id, role: 'funder_analyst' }] })).email);
    expect((await summary(otherFunder)).statusCode).toBe(403);
    expect((await summary(null)).statusCode).toBe(401);
    const reversed = await summary(f.director, `organisationId=${f.structureId}&from=2026-04-01&to=2026-03-01`);
    expect([reversed.statusCode, reversed.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
