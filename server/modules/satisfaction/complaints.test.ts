import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, complaints, emails } from '../../db/schema';
import { buildCandidate, buildPathway, buildUser, setTestPassword } from '../../test/factories';
import { loginAs, type Session } from '../../test/test-app';
import { satisfactionFixture, type SatisfactionFixture } from './testing/fixture';

let f: SatisfactionFixture;
let foreignPathwayId = '';
let otherCandidateEmail = '';
let complaintId = '';
beforeAll(async () => {
  f = await satisfactionFixture();
  const user = await buildUser(f.ctx.database, { kind: 'candidate' });
  await setTestPassword(f.ctx.database, user.id);
  const cand = await buildCandidate(f.ctx.database, { organisationId: f.structureId, userId: user.id });
  foreignPathwayId = (await buildPathway(f.ctx.database, { candidateId: cand.id, actors: [{ organisationId: f.structureId, role: 'referent' }] })).id;
  otherCandidateEmail = user.email;
});
afterAll(async () => f.ctx.close());

const file = (payload: object, as = f.candidate) => f.ctx.app.inject({ method: 'POST', url: '/api/me/complaints', headers: as.headers, payload });
const step = (id: string, action: 'acknowledge' | 'answer' | 'close', as: Session, payload: object = {}) => f.ctx.app.inject({ method: 'POST', url: `/api/complaints/${id}/${action}`, headers: as.headers, payload });
const stored = () => f.ctx.database.db.select().from(complaints);
const COMPLAINT = { subject: 'Rendez-vous manqués', body: 'Mon accompagnatrice n’est pas venue à deux rendez-vous.' };

describe('complaints', () => {
  it('refuses bad input with a stable code, naming the field, and stores nothing', async () => {
    const empty = await file({ ...COMPLAINT, body: '   ' });
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const foreign = await file({ ...COMPLAINT, pathwayId: foreignPathwayId });
    expect([foreign.statusCode, foreign.json().error.code, foreign.json().error.details.fields.pathwayId]).toEqual([400, 'VALIDATION_FAILED', 'Ce parcours n’est pas le vôtre.']);
    const notFollowing = await file({ ...COMPLAINT, pathwayId: f.pathwayId, organisationId: f.strangerOrgId });
    expect([notFollowing.statusCode, Object.keys(notFollowing.json().error.details.fields)]).toEqual([400, ['organisationId']]);
    const certificateur = await file({ ...COMPLAINT, organisationId: f.certificateurId });
    expect(certificateur.statusCode).toBe(400);
    expect(await stored()).toHaveLength(0);
  });

  it('the candidate files one about the accompaniment organisation; receipt acknowledged by email and audited', async () => {
    const res = await file({ ...COMPLAINT, pathwayId: f.pathwayId, organisationId: f.accompId });
    expect(res.statusCode, res.body).toBe(201);
    complaintId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'received', organisationId: f.accompId, pathwayId: f.pathwayId, history: [{ status: 'received' }] });
    const mails = await f.ctx.database.db.select().from(emails);
    expect(mails.filter((m) => m.subject.startsWith('Accusé de réception')).map((m) => m.recipients)).toEqual([[f.candidateEmail]]);
    expect(await f.ctx.database.db.select().from(auditEvents).where(eq(auditEvents.eventType, 'complaint.filed'))).toHaveLength(1);
  });

  it('without a choice, the pathway’s référent structure is concerned', async () => {
    const res = await file({ subject: 'Délais', body: 'Trop long pour avoir une réponse.', pathwayId: f.pathwayId });
    expect(res.json().organisationId).toBe(f.structureId);
  });

  it('only the organisation concerned sees and handles it', async () => {
    f.ctx.clock.advanceDays(3);
    await f.relogin();
    const list = await f.ctx.app.inject({ method: 'GET', url: `/api/complaints?organisationId=${f.accompId}`, headers: f.accompagnateur.headers });
    expect(list.json().items).toMatchObject([{ id: complaintId, status: 'received', ageDays: 3 }]);
    const referentList = await f.ctx.app.inject({ method: 'GET', url: `/api/complaints?organisationId=${f.structureId}`, headers: f.referent.headers });
    expect(referentList.json().items.map((c: { id: string }) => c.id)).not.toContain(complaintId);
    expect((await f.ctx.app.inject({ method: 'GET', url: `/api/complaints?organisationId=${f.accompId}`, headers: f.referent.headers })).statusCode).toBe(403);
    expect((await step(complaintId, 'acknowledge', f.referent)).statusCode).toBe(403);
    expect((await step(complaintId, 'acknowledge', f.otherReferent)).statusCode).toBe(403);
    expect((await f.ctx.app.inject({ method: 'GET', url: '/api/me/complaints', headers: (await loginAs(f.ctx.app, otherCandidateEmail)).headers })).json().items).toEqual([]);
    expect((await stored()).find((c) => c.id === complaintId)?.status).toBe('received');
  });

  it('moves received → acknowledged → answered → closed, one step at a time, the candidate told and seeing each status', async () => {
    const early = await step(complaintId, 'answer', f.accompagnateur, { answer: 'Nous avons changé d’accompagnatrice.' });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'COMPLAINT_STATUS_INVALID']);
    const ack = await step(complaintId, 'acknowledge', f.accompagnateur, { note: 'Vue en réunion d’équipe.' });
    expect(ack.json()).toMatchObject({ status: 'acknowledged', acknowledgedAt: f.ctx.clock.now().toISOString() });
    expect((await step(complaintId, 'acknowledge', f.accompagnateur)).json().error.code).toBe('COMPLAINT_STATUS_INVALID');
    const blank = await step(complaintId, 'answer', f.accompagnateur, { answer: '' });
    expect([blank.statusCode, blank.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    f.ctx.clock.advanceDays(2);
    await f.relogin();
    const answered = await step(complaintId, 'answer', f.accompagnateur, { answer: 'Nous avons changé d’accompagnatrice.' });
    expect(answered.json()).toMatchObject({ status: 'answered', answer: 'Nous avons changé d’accompagnatrice.' });
    const mine = (await f.ctx.app.inject({ method: 'GET', url: '/api/me/complaints', headers: f.candidate.headers })).json().items.find((c: { id: string }) => c.id === complaintId);
    expect(mine).toMatchObject({ status: 'answered', answer: 'Nous avons changé d’accompagnatrice.', history: [{ status: 'received' }, { status: 'acknowledged', note: 'Vue en réunion d’équipe.' }, { status: 'answered' }] });
    const closed = await step(complaintId, 'close', f.accompagnateur);
    expect(closed.json().status).toBe('closed');
    const events = await f.ctx.database.db.select({ type: auditEvents.eventType }).from(auditEvents).where(eq(auditEvents.entityId, complaintId));
    expect(events.map((e) => e.type)).toEqual(['complaint.filed', 'complaint.acknowledged', 'complaint.answered', 'complaint.closed']);
    const told = await f.ctx.database.db.select().from(emails);
    expect(told.filter((m) => m.subject === `Votre réclamation : ${COMPLAINT.subject}`)).toHaveLength(2);
  });

  it('offers the candidate the organisations that follow their pathways', async () => {
    const res = await f.ctx.app.inject({ method: 'GET', url: '/api/me/complaint-targets', headers: f.candidate.headers });
    const ids = res.json().pathways[0].organisations.map((o: { id: string }) => o.id).sort();
    expect(ids).toEqual([f.structureId, f.accompId, f.partnerId].sort());
  });
});
