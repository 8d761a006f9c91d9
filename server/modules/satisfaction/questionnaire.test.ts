import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, emails, satisfactionAnswers, satisfactionRequests, settings } from '../../db/schema';
import { hashToken } from '../../lib/tokens';
import { buildCandidate, buildPathway } from '../../test/factories';
import { START } from '../assistance/testing/fixture';
import { createSendQuestionnaireJob } from './send-questionnaire.job';
import { requestSatisfaction } from './request-satisfaction';
import { listSatisfactionForLivret } from './satisfaction.livret';
import { GOOD_ANSWERS, lastQuestionnaireToken, runQuestionnaireJobs, satisfactionFixture, type SatisfactionFixture } from './testing/fixture';

let f: SatisfactionFixture;
beforeAll(async () => {
  f = await satisfactionFixture();
});
afterAll(async () => f.ctx.close());

const send = (as = f.accompagnateur, payload: object = { context: 'accompaniment' }) => f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/satisfaction`, headers: as.headers, payload });
const open = (token: string) => f.ctx.app.inject({ method: 'GET', url: `/api/satisfaction-links/${token}` });
const answer = (token: string, payload: object) => f.ctx.app.inject({ method: 'POST', url: `/api/satisfaction-links/${token}`, payload });
const requestsOf = () => f.ctx.database.db.select().from(satisfactionRequests).where(eq(satisfactionRequests.pathwayId, f.pathwayId));
const answerCount = async () => (await f.ctx.database.db.select().from(satisfactionAnswers)).length;

describe('satisfaction questionnaire', () => {
  it('the accompagnateur sends it: queued in the transaction, the job emails a hashed single-use link, a retry sends nothing more', async () => {
    const res = await send();
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'queued', context: 'accompaniment', sentAt: null });
    expect(await runQuestionnaireJobs(f)).toBeGreaterThan(0);
    const token = await lastQuestionnaireToken(f);
    const [row] = await requestsOf();
    expect(row).toMatchObject({ status: 'sent', tokenHash: hashToken(token), organisationId: f.accompId, sentAt: f.ctx.clock.now() });
    expect(row?.expiresAt?.toISOString()).toBe(new Date(f.ctx.clock.now().getTime() + 30 * 86_400_000).toISOString());
    const outbox = await f.ctx.database.db.select().from(emails);
    expect(outbox.filter((e) => e.bodyText.includes('/satisfaction/'))).toHaveLength(1);
    expect(outbox.find((e) => e.bodyText.includes('/satisfaction/'))?.recipients).toEqual([f.candidateEmail]);
    // A replayed job (retry after a crash) finds the request no longer queued and sends nothing.
    await createSendQuestionnaireJob('http://jalon.test').handler({ requestId: row?.id ?? '' }, { database: f.ctx.database, clock: f.ctx.clock, attempt: 2, isLastAttempt: false });
    expect((await f.ctx.database.db.select().from(emails)).filter((e) => e.bodyText.includes('/satisfaction/'))).toHaveLength(1);
  });

  it('refuses a second questionnaire while one waits for its answer', async () => {
    const res = await send();
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'SATISFACTION_ALREADY_PENDING']);
    expect(await requestsOf()).toHaveLength(1);
  });

  it('shows the questions without login, refuses incomplete answers with the field named and changes nothing', async () => {
    const token = await lastQuestionnaireToken(f);
    const view = await open(token);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ context: 'accompaniment', version: 1 });
    expect(view.json().questions.map((q: { id: string }) => q.id)).toContain('overall');
    const bad = await answer(token, { answers: { ...GOOD_ANSWERS, overall: 7, pace: undefined, unknown: 3 } });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(Object.keys(bad.json().error.details.fields).sort()).toEqual(['overall', 'pace', 'unknown']);
    expect(await answerCount()).toBe(0);
    expect((await requestsOf())[0]?.status).toBe('sent');
  });

  it('stores the answers per question with the version, then refuses a second answer and changes nothing', async () => {
    const token = await lastQuestionnaireToken(f);
    f.ctx.clock.advanceMinutes(10);
    const ok = await answer(token, { answers: GOOD_ANSWERS });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ answeredAt: f.ctx.clock.now().toISOString(), complaintId: null });
    const stored = await f.ctx.database.db.select().from(satisfactionAnswers);
    expect(stored).toHaveLength(7);
    expect(stored.find((a) => a.questionId === 'overall')).toMatchObject({ score: 5, questionnaireVersion: 1 });
    expect(stored.find((a) => a.questionId === 'recommend')).toMatchObject({ choice: true });
    const again = await answer(token, { answers: { ...GOOD_ANSWERS, overall: 1 } });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'SATISFACTION_LINK_USED']);
    expect((await open(token)).json().error.code).toBe('SATISFACTION_LINK_USED');
    expect((await f.ctx.database.db.select().from(satisfactionAnswers)).find((a) => a.questionId === 'overall')?.score).toBe(5);
    const audit = await f.ctx.database.db.select().from(auditEvents).where(eq(auditEvents.eventType, 'satisfaction.answered'));
    expect(audit).toHaveLength(1);
  });

  it('an unknown token is refused with its own code', async () => {
    const res = await open('x'.repeat(43));
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'TOKEN_INVALID']);
  });

  it('a link past its configured delay is refused as expired, and nothing is stored', async () => {
    await f.ctx.database.db.insert(settings).values({ key: 'satisfaction.delays', value: { expiryDays: 10 }, updatedAt: f.ctx.clock.now() });
    const res = await send(f.referent);
    expect(res.statusCode, res.body).toBe(201);
    await runQuestionnaireJobs(f);
    const token = await lastQuestionnaireToken(f);
    expect((await open(token)).json().expiresAt).toBe(new Date(f.ctx.clock.now().getTime() + 10 * 86_400_000).toISOString());
    f.ctx.clock.advanceDays(10);
    const late = await answer(token, { answers: GOOD_ANSWERS });
    expect([late.statusCode, late.json().error.code]).toEqual([410, 'SATISFACTION_LINK_EXPIRED']);
    expect(await answerCount()).toBe(7);
    await f.relogin();
  });

  it('closing the assistance queues the questionnaire in the same transaction, once', async () => {
    const post = (url: string, payload: object) => f.ctx.app.inject({ method: 'POST', url, headers: f.referent.headers, payload });
    const assistanceId = (await post(`/api/pathways/${f.pathwayId}/assistance`, START(f.structureId))).json<{ id: string }>().id;
    const closed = await post(`/api/assistances/${assistanceId}/closure`, { reason: 'certified', outcome: 'Dossier de faisabilité déposé.', candidateLastWord: '' });
    expect(closed.statusCode, closed.body).toBe(200);
    const mine = (await requestsOf()).filter((r) => r.assistanceId === assistanceId);
    expect(mine).toMatchObject([{ context: 'assistance', status: 'queued', organisationId: f.structureId }]);
    // A refused second closure rolls back as a whole: no second questionnaire.
    const again = await post(`/api/assistances/${assistanceId}/closure`, { reason: 'certified', outcome: 'Encore.', candidateLastWord: '' });
    expect(again.statusCode).toBe(409);
    expect((await requestsOf()).filter((r) => r.assistanceId === assistanceId)).toHaveLength(1);
    await runQuestionnaireJobs(f);
    await runQuestionnaireJobs(f);
    const [sent] = (await requestsOf()).filter((r) => r.assistanceId === assistanceId);
    expect(sent?.status).toBe('sent');
    const token = await lastQuestionnaireToken(f);
    expect(sent?.tokenHash).toBe(hashToken(token));
  });

  it('a complaint written at the end of the questionnaire is filed about the structure that asked', async () => {
    const token = await lastQuestionnaireToken(f);
    const res = await answer(token, { answers: { ...GOOD_ANSWERS, overall: 2, comment: '' }, complaint: { subject: 'Rendez-vous annulés', body: 'Trois rendez-vous annulés la veille.' } });
    expect(res.statusCode, res.body).toBe(200);
    const mine = await f.ctx.app.inject({ method: 'GET', url: '/api/me/complaints', headers: f.candidate.headers });
    expect(mine.json().items).toMatchObject([{ id: res.json().complaintId, status: 'received', organisationId: f.structureId, subject: 'Rendez-vous annulés' }]);
  });

  it('the livret gets the dated questionnaire entries without the answers', async () => {
    const entries = await listSatisfactionForLivret(f.ctx.database.db, f.pathwayId);
    expect(entries.map((e) => e.kind)).toEqual(['questionnaire_sent', 'questionnaire_answered', 'questionnaire_sent', 'questionnaire_sent', 'questionnaire_answered']);
    expect(JSON.stringify(entries)).not.toContain('Merci pour votre écoute');
    const livret = await f.ctx.app.inject({ method: 'GET', url: `/api/pathways/${f.pathwayId}/livret`, headers: f.candidate.headers });
    expect(livret.statusCode, livret.body).toBe(200);
    const shown = livret.json().events.filter((e: { kind: string }) => e.kind === 'satisfaction');
    expect(shown.map((e: { title: string }) => e.title)).toEqual(entries.map((e) => e.label));
    expect(livret.body).not.toContain('Merci pour votre écoute');
  });

  it('a candidate without an email address: the explicit sending is refused, the closure’s request is marked and sends nothing', async () => {
    const candidateId = (await buildCandidate(f.ctx.database, { organisationId: f.structureId })).id;
    const pathwayId = (await buildPathway(f.ctx.database, { candidateId, actors: [{ organisationId: f.structureId, role: 'referent' }] })).id;
    const refused = await f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${pathwayId}/satisfaction`, headers: f.referent.headers, payload: {} });
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'MISSING_DATA']);
    const before = (await f.ctx.database.db.select().from(emails)).length;
    const id = await f.ctx.database.db.transaction((tx) => requestSatisfaction(tx, f.ctx.clock, { pathwayId, organisationId: f.structureId, context: 'assistance', requestedByUserId: null }));
    await runQuestionnaireJobs(f);
    const [row] = await f.ctx.database.db.select().from(satisfactionRequests).where(eq(satisfactionRequests.id, id));
    expect(row).toMatchObject({ status: 'no_recipient', tokenHash: null, sentAt: null });
    expect((await f.ctx.database.db.select().from(emails)).length).toBe(before);
  });
});
