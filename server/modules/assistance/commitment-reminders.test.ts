import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emails } from '../../db/schema';
import { commitmentRemindersJob, REMINDER_DAYS_BEFORE } from './commitment-reminders.job';
import { assistanceFixture, START, type AssistanceFixture } from './testing/fixture';

let f: AssistanceFixture;
const job = commitmentRemindersJob('http://jalon.test');
const run = () => job.handler({}, { database: f.ctx.database, clock: f.ctx.clock, attempt: 1, isLastAttempt: false });
const reminders = async () => (await f.ctx.database.db.select().from(emails)).filter((e) => e.subject.startsWith('Rappel') && e.recipients.includes(f.candidateEmail));

beforeAll(async () => {
  f = await assistanceFixture();
  const assistance = (await f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/assistance`, headers: f.referent.headers, payload: START(f.structureId) })).json<{ id: string }>();
  // The clock starts on 2026-03-02: due in ten days.
  const res = await f.ctx.app.inject({ method: 'POST', url: `/api/assistances/${assistance.id}/commitments`, headers: f.referent.headers, payload: { label: 'Apporter ses fiches de paie', dueOn: '2026-03-12' } });
  expect(res.statusCode).toBe(201);
});
afterAll(async () => f.ctx.close());

describe('commitment reminders', () => {
  it('says nothing while the due date is far', async () => {
    await run();
    expect(await reminders()).toHaveLength(0);
  });

  it(`reminds the candidate once, ${REMINDER_DAYS_BEFORE} days before, however often the job runs`, async () => {
    f.ctx.clock.advanceDays(10 - REMINDER_DAYS_BEFORE);
    await run();
    await run();
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.bodyText).toContain('Apporter ses fiches de paie');
    expect(sent[0]?.bodyText).toContain('12 mars 2026');
  });
});
