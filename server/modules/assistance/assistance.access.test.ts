import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, auditEvents, planItems } from '../../db/schema';
import { pdfText } from '../../test/pdf-text';
import type { Session } from '../../test/test-app';
import { assistanceFixture, START, type AssistanceFixture } from './testing/fixture';

let f: AssistanceFixture;
let assistanceId = '';
let agreementId = '';
let agreementSha = '';
let assessmentId = '';
let planItemId = '';
let commitmentId = '';

beforeAll(async () => {
  f = await assistanceFixture();
  const inject = (url: string, payload: unknown) => f.ctx.app.inject({ method: 'POST', url, headers: f.referent.headers, payload: payload as object });
  assistanceId = (await inject(`/api/pathways/${f.pathwayId}/assistance`, START(f.structureId))).json().id;
  const assessed = (await inject(`/api/assistances/${assistanceId}/assessments`, { items: [{ conditionCode: 'MAT-06', status: 'missing' }], sensitiveNotes: 'Hospitalisation prévue en mai.' })).json();
  assessmentId = assessed.assessments[0].id;
  planItemId = (await inject(`/api/assistances/${assistanceId}/plan-items`, { supportCode: 'SUP-05', carrierKind: 'referent' })).json().plan[0].id;
  const agreed = (await inject(`/api/assistances/${assistanceId}/agreements`, { objectives: ['Déposer le Livret 1'], durationMonths: 6, nextAppointmentAt: '2026-03-10T09:00:00Z' })).json();
  agreementId = agreed.agreements[0].id;
  agreementSha = agreed.agreements[0].sha256;
  commitmentId = (await inject(`/api/assistances/${assistanceId}/commitments`, { label: 'Apporter ses fiches de paie', dueOn: '2026-03-09' })).json().commitments[0].id;
});
afterAll(async () => f.ctx.close());

type Method = 'GET' | 'POST' | 'PATCH';
interface Endpoint {
  path: string;
  method: Method;
  url: () => string;
  as: () => Session;
  valid?: () => unknown;
  invalid: { url?: () => string; payload?: unknown };
  stranger: () => Session;
  status?: number;
}

const endpoints: Endpoint[] = [
  { path: '/api/assistance/catalogue', method: 'GET', url: () => `/api/assistance/catalogue?organisationId=${f.structureId}`, as: () => f.referent, invalid: { url: () => '/api/assistance/catalogue?organisationId=x' }, stranger: () => f.otherReferent },
  { path: '/api/assistance/to-handle', method: 'GET', url: () => '/api/assistance/to-handle', as: () => f.referent, invalid: { url: () => '/api/assistance/to-handle?x=1' }, stranger: () => f.candidate },
  { path: '/api/pathways/:id/assistance', method: 'POST', url: () => `/api/pathways/${f.pathwayId}/assistance`, as: () => f.referent, valid: () => START(f.structureId), invalid: { payload: { organisationId: '00000000-0000-4000-8000-000000000000', proposerKind: 'counselling_structure', startPhase: 'jamais' } }, stranger: () => f.otherReferent, status: 409 },
  { path: '/api/pathways/:id/assistance', method: 'GET', url: () => `/api/pathways/${f.pathwayId}/assistance`, as: () => f.candidate, invalid: { url: () => '/api/pathways/1/assistance' }, stranger: () => f.otherReferent },
  { path: '/api/assistances/:id', method: 'GET', url: () => `/api/assistances/${assistanceId}`, as: () => f.accompagnateur, invalid: { url: () => '/api/assistances/1' }, stranger: () => f.otherReferent },
  { path: '/api/assistances/:id/welcome-notes', method: 'GET', url: () => `/api/assistances/${assistanceId}/welcome-notes`, as: () => f.referent, invalid: { url: () => '/api/assistances/1/welcome-notes' }, stranger: () => f.accompagnateur },
  { path: '/api/assistances/:id/assessments', method: 'POST', url: () => `/api/assistances/${assistanceId}/assessments`, as: () => f.referent, valid: () => ({ items: [{ conditionCode: 'MAT-01', status: 'met' }] }), invalid: { payload: { items: [{ conditionCode: 'MAT-01', status: 'bof' }] } }, stranger: () => f.otherReferent },
  { path: '/api/assistances/:id/comparison', method: 'GET', url: () => `/api/assistances/${assistanceId}/comparison?before=${assessmentId}&after=${assessmentId}`, as: () => f.referent, invalid: { url: () => `/api/assistances/${assistanceId}/comparison?before=x` }, stranger: () => f.otherReferent },
  { path: '/api/assistances/:id/suggestions', method: 'GET', url: () => `/api/assistances/${assistanceId}/suggestions`, as: () => f.referent, invalid: { url: () => `/api/assistances/${assistanceId}/suggestions?x=1` }, stranger: () => f.otherReferent },
  { path: '/api/assistances/:id/plan-items', method: 'POST', url: () => `/api/assistances/${assistanceId}/plan-items`, as: () => f.referent, valid: () => ({ supportCode: 'SUP-07', carrierKind: 'candidate' }), invalid: { payload: { supportCode: 'SUP-07', carrierKind: 'voisin' } }, stranger: () => f.otherReferent },
  { path: '/api/assistances/:id/plan-items/:id', method: 'PATCH', url: () => `/api/assistances/${assistanceId}/plan-items/${planItemId}`, as: () => f.referent, valid: () => ({ status: 'in_progress', feedback: 'Poste réservé le mardi.' }), invalid: { payload: { status: 'fini' } }, stranger: () => f.otherReferent },
  { path: '/api/assistances/:id/agreements', method: 'POST', url: () => `/api/assistances/${assistanceId}/agreements`, as: () => f.referent, valid: () => ({ objectives: ['Déposer le Livret 1'], durationMonths: 6, nextAppointmentAt: '2026-03-10T09:00:00Z' }), invalid: { payload: { objectives: ['Déposer'], durationMonths: 25, nextAppointmentAt: '2026-03-10T09:00:00Z' } }, stranger: () => f.otherReferent },
  { path: '/api/assessments/:id/document', method: 'GET', url: () => `/api/assessments/${assessmentId}/document`, as: () => f.candidate, invalid: { url: () => '/api/assessments/1/document' }, stranger: () => f.otherReferent },
  { path: '/api/agreements/:id/document', method: 'GET', url: () => `/api/agreements/${agreementId}/document`, as: () => f.candidate, invalid: { url: () => '/api/agreements/1/document' }, stranger: () => f.otherReferent },
  { path: '/api/agreements/:id/acceptance', method: 'POST', url: () => `/api/agreements/${agreementId}/acceptance`, as: () => f.candidate, valid: () => ({ via: 'account', sha256: agreementSha }), invalid: { payload: { via: 'pigeon' } }, stranger: () => f.otherReferent, status: 409 },
  { path: '/api/assistances/:id/commitments', method: 'POST', url: () => `/api/assistances/${assistanceId}/commitments`, as: () => f.referent, valid: () => ({ label: 'Relire le référentiel', dueOn: '2026-04-01' }), invalid: { payload: { label: 'Relire', dueOn: '1er avril' } }, stranger: () => f.otherReferent },
  { path: '/api/assistances/:id/commitments/:id', method: 'PATCH', url: () => `/api/assistances/${assistanceId}/commitments/${commitmentId}`, as: () => f.referent, valid: () => ({ status: 'met' }), invalid: { payload: { status: 'peut-être' } }, stranger: () => f.otherReferent },
];

describe.each(endpoints.map((e) => ({ ...e, name: `${e.method} ${e.path}` })))('$name', (ep) => {
  it('401 without a session', async () => {
    expect((await f.ctx.app.inject({ method: ep.method, url: ep.url(), payload: ep.valid?.() as object })).statusCode).toBe(401);
  });
  it('400 with a stable code for bad input', async () => {
    const res = await f.ctx.app.inject({ method: ep.method, url: (ep.invalid.url ?? ep.url)(), headers: ep.as().headers, payload: ep.invalid.payload as object });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
  it('403 for someone without the right', async () => {
    expect((await f.ctx.app.inject({ method: ep.method, url: ep.url(), headers: ep.stranger().headers, payload: ep.valid?.() as object })).statusCode).toBe(403);
  });
  it('answers the right person', async () => {
    const res = await f.ctx.app.inject({ method: ep.method, url: ep.url(), headers: ep.as().headers, payload: ep.valid?.() as object });
    // Creating a second assistance or accepting a version twice is a 409 once the first call succeeded in setup or above.
    expect([200, 201, ...(ep.status ? [ep.status] : [])], res.body).toContain(res.statusCode);
  });
});

describe('sensitive notes of the diagnostic', () => {
  it.each([
    ['the accompagnateur', () => f.accompagnateur],
    ['the certificateur', () => f.certificateur],
    ['another structure’s référent', () => f.otherReferent],
    ['the candidate', () => f.candidate],
  ])('are refused to %s, and never in the view', async (_who, session) => {
    const res = await f.ctx.app.inject({ method: 'GET', url: `/api/assistances/${assistanceId}/welcome-notes`, headers: session().headers });
    expect(res.statusCode).toBe(403);
    const view = await f.ctx.app.inject({ method: 'GET', url: `/api/assistances/${assistanceId}`, headers: session().headers });
    expect(view.body).not.toContain('Hospitalisation');
    expect(view.body).not.toContain('Hébergée');
  });

  it('are read by the référent’s structure, and each read is in the audit trail', async () => {
    for (const session of [f.referent, f.director]) {
      const res = await f.ctx.app.inject({ method: 'GET', url: `/api/assistances/${assistanceId}/welcome-notes`, headers: session.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json().assessmentNotes[0].notes).toBe('Hospitalisation prévue en mai.');
      expect(res.json().welcomeSituation).toContain('Hébergée');
    }
    const reads = await f.ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.eventType, 'sensitive_data.read'), eq(auditEvents.entityId, assistanceId)));
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('the accompagnateur reads the plan but may not change it', async () => {
    const view = await f.ctx.app.inject({ method: 'GET', url: `/api/assistances/${assistanceId}`, headers: f.accompagnateur.headers });
    expect(view.json().canEdit).toBe(false);
    expect(view.json().plan.length).toBeGreaterThan(0);
    const res = await f.ctx.app.inject({ method: 'PATCH', url: `/api/assistances/${assistanceId}/plan-items/${planItemId}`, headers: f.accompagnateur.headers, payload: { status: 'done' } });
    expect(res.statusCode).toBe(403);
  });
});

describe('the shared diagnostic document', () => {
  it('lists every condition with its status and never the confidential notes', async () => {
    const res = await f.ctx.app.inject({ method: 'GET', url: `/api/assessments/${assessmentId}/document`, headers: f.candidate.headers });
    expect(res.statusCode).toBe(200);
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Diagnostic partagé des conditions de réussite');
    expect(text).toContain('Comportementales, sociales et relationnelles');
    expect(text).toMatch(/Disposer d.un espace de travail équipé .* Manquante/);
    expect(text).toContain('Le handicap n’est jamais un motif de refus');
    expect(text).not.toContain('Hospitalisation');
  });
});

describe('bad input changes nothing', () => {
  it('a plan item given to an organisation that is not on the pathway', async () => {
    const before = await f.ctx.database.db.select().from(planItems).where(eq(planItems.assistanceId, assistanceId));
    const res = await f.ctx.app.inject({ method: 'POST', url: `/api/assistances/${assistanceId}/plan-items`, headers: f.referent.headers, payload: { supportCode: 'SUP-08', carrierKind: 'partner', carrierOrganisationId: f.strangerOrgId } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('CARRIER_NOT_ON_PATHWAY');
    expect(await f.ctx.database.db.select().from(planItems).where(eq(planItems.assistanceId, assistanceId))).toHaveLength(before.length);
  });

  it('an agreement beyond the two years, or with a next appointment in the past', async () => {
    const before = await f.ctx.database.db.select().from(agreements).where(eq(agreements.assistanceId, assistanceId));
    for (const payload of [
      { objectives: ['Objectif'], durationMonths: 24, nextAppointmentAt: '2026-03-10T09:00:00Z', candidateCommitments: [] },
      { objectives: ['Objectif'], durationMonths: 6, nextAppointmentAt: '2026-03-01T09:00:00Z' },
    ]) {
      if (payload.durationMonths === 24) {
        // One day after the start, 24 months would end past the two years.
        f.ctx.clock.advanceDays(1);
        await f.relogin();
      }
      const res = await f.ctx.app.inject({ method: 'POST', url: `/api/assistances/${assistanceId}/agreements`, headers: f.referent.headers, payload });
      expect(res.statusCode, res.body).toBe(400);
    }
    expect(await f.ctx.database.db.select().from(agreements).where(eq(agreements.assistanceId, assistanceId))).toHaveLength(before.length);
  });

  it('a commitment due in the past, an unknown condition, an unknown support', async () => {
    const cases = [
      [`/api/assistances/${assistanceId}/commitments`, { label: 'Trop tard', dueOn: '2026-01-01' }],
      [`/api/assistances/${assistanceId}/assessments`, { items: [{ conditionCode: 'MAT-99', status: 'met' }] }],
      [`/api/assistances/${assistanceId}/plan-items`, { supportCode: 'SUP-99', carrierKind: 'referent' }],
    ] as const;
    for (const [url, payload] of cases) {
      const res = await f.ctx.app.inject({ method: 'POST', url, headers: f.referent.headers, payload });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });
});
