import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_ANSWERS, lastQuestionnaireToken, runQuestionnaireJobs, satisfactionFixture, type SatisfactionFixture } from './testing/fixture';
import { describeAccessMatrix, type MatrixEndpoint } from '../../test/access-matrix';

let f: SatisfactionFixture;
let complaintId = '';

beforeAll(async () => {
  f = await satisfactionFixture();
  complaintId = (await f.ctx.app.inject({ method: 'POST', url: '/api/me/complaints', headers: f.candidate.headers, payload: { subject: 'Accueil', body: 'Personne à l’accueil mardi.', organisationId: f.structureId } })).json().id;
});
afterAll(async () => f.ctx.close());

const period = 'from=2026-03-01&to=2026-03-31';
const endpoints: MatrixEndpoint[] = [
  { path: '/api/pathways/:id/satisfaction', method: 'POST', url: () => `/api/pathways/${f.pathwayId}/satisfaction`, as: () => f.referent, valid: () => ({ context: 'accompaniment' }), invalid: { payload: { context: 'fin' } }, stranger: () => f.otherReferent, status: 201 },
  { path: '/api/satisfaction/requests', method: 'GET', url: () => `/api/satisfaction/requests?organisationId=${f.structureId}`, as: () => f.director, invalid: { url: () => '/api/satisfaction/requests?organisationId=x' }, stranger: () => f.otherReferent },
  { path: '/api/satisfaction/summary', method: 'GET', url: () => `/api/satisfaction/summary?organisationId=${f.structureId}&${period}`, as: () => f.director, invalid: { url: () => `/api/satisfaction/summary?organisationId=${f.structureId}&from=mars` }, stranger: () => f.otherReferent },
  { path: '/api/me/complaints', method: 'GET', url: () => '/api/me/complaints', as: () => f.candidate, invalid: { url: () => '/api/me/complaints?all=1' }, stranger: () => f.otherReferent },
  { path: '/api/me/complaint-targets', method: 'GET', url: () => '/api/me/complaint-targets', as: () => f.candidate, invalid: { url: () => '/api/me/complaint-targets?x=1' }, stranger: () => f.otherReferent },
  { path: '/api/me/complaints', method: 'POST', url: () => '/api/me/complaints', as: () => f.candidate, valid: () => ({ subject: 'Délais', body: 'Pas de réponse depuis un mois.' }), invalid: { payload: { subject: '', body: 'x' } }, stranger: () => f.otherReferent, status: 201 },
  { path: '/api/complaints', method: 'GET', url: () => `/api/complaints?organisationId=${f.structureId}`, as: () => f.referent, invalid: { url: () => `/api/complaints?organisationId=${f.structureId}&status=lue` }, stranger: () => f.otherReferent },
  { path: '/api/complaints/:id/acknowledge', method: 'POST', url: () => `/api/complaints/${complaintId}/acknowledge`, as: () => f.referent, valid: () => ({}), invalid: { url: () => '/api/complaints/1/acknowledge', payload: {} }, stranger: () => f.otherReferent },
  { path: '/api/complaints/:id/answer', method: 'POST', url: () => `/api/complaints/${complaintId}/answer`, as: () => f.director, valid: () => ({ answer: 'Nous avons renforcé l’accueil le mardi.' }), invalid: { payload: { answer: '' } }, stranger: () => f.otherReferent },
  { path: '/api/complaints/:id/close', method: 'POST', url: () => `/api/complaints/${complaintId}/close`, as: () => f.director, valid: () => ({}), invalid: { payload: { note: 42 } }, stranger: () => f.otherReferent },
];

describeAccessMatrix(() => f.ctx.app, endpoints);

describe('public questionnaire links (no session)', () => {
  it('400 for a malformed token or answers, with a stable code', async () => {
    await runQuestionnaireJobs(f);
    const token = await lastQuestionnaireToken(f);
    expect((await f.ctx.app.inject({ method: 'GET', url: '/api/satisfaction-links/court' })).json().error.code).toBe('VALIDATION_FAILED');
    const bad = await f.ctx.app.inject({ method: 'POST', url: `/api/satisfaction-links/${token}`, payload: { answers: GOOD_ANSWERS, extra: true } });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
  it('200: the candidate reads the questions and answers', async () => {
    const token = await lastQuestionnaireToken(f);
    const view = await f.ctx.app.inject({ method: 'GET', url: `/api/satisfaction-links/${token}` });
    expect(view.statusCode, view.body).toBe(200);
    expect(Object.keys(view.json()).sort()).toEqual(['context', 'expiresAt', 'questions', 'structureName', 'version']);
    const res = await f.ctx.app.inject({ method: 'POST', url: `/api/satisfaction-links/${token}`, payload: { answers: GOOD_ANSWERS } });
    expect(res.statusCode, res.body).toBe(200);
  });
});
