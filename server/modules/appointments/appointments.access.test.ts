import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../test/test-app';
import { APPOINTMENT, appointmentFixture, schedule, type AppointmentFixture } from './testing/fixture';

let f: AppointmentFixture;
let id = '';
let candidateParticipant = '';
let referentParticipant = '';

beforeAll(async () => {
  f = await appointmentFixture();
  const created = (await schedule(f)).json();
  id = created.id;
  candidateParticipant = created.participants.find((p: { kind: string }) => p.kind === 'candidate').id;
  referentParticipant = created.participants.find((p: { kind: string }) => p.kind === 'professional').id;
});
afterAll(async () => f.ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
interface Endpoint {
  path: string;
  method: Method;
  url: () => string;
  as: () => Session;
  valid?: () => unknown;
  invalid: { url?: () => string; payload?: unknown };
  stranger: () => Session;
  /** Accepted besides 2xx: a rule refusal once setup or an earlier call changed the state. */
  status?: number;
}

const later = { modality: 'video', link: 'https://visio.example.org/abc', startsAt: '2026-03-12T14:00:00Z', endsAt: '2026-03-12T15:00:00Z' };
const range = 'from=2026-03-09T00:00:00Z&to=2026-03-16T00:00:00Z';

const endpoints: Endpoint[] = [
  { path: '/api/appointments', method: 'POST', url: () => '/api/appointments', as: () => f.referent, valid: () => APPOINTMENT(f, { startsAt: '2026-03-11T09:00:00Z', endsAt: '2026-03-11T10:00:00Z' }), invalid: { payload: { ...APPOINTMENT({ structureId: '00000000-0000-4000-8000-000000000000', pathwayId: '00000000-0000-4000-8000-000000000000' } as AppointmentFixture), endsAt: '2026-03-10T08:00:00Z' } }, stranger: () => f.otherReferent, status: 409 },
  { path: '/api/appointments/:id', method: 'GET', url: () => `/api/appointments/${id}`, as: () => f.candidate, invalid: { url: () => '/api/appointments/1' }, stranger: () => f.otherReferent },
  { path: '/api/appointments/:id', method: 'PATCH', url: () => `/api/appointments/${id}`, as: () => f.referent, valid: () => later, invalid: { payload: { ...later, link: undefined } }, stranger: () => f.otherReferent },
  { path: '/api/appointments/:id/attendance', method: 'POST', url: () => `/api/appointments/${id}/attendance`, as: () => f.referent, valid: () => ({ items: [{ participantId: referentParticipant, status: 'excused' }] }), invalid: { payload: { items: [{ participantId: referentParticipant, status: 'là' }] } }, stranger: () => f.otherReferent },
  { path: '/api/appointments/:id/signatures', method: 'POST', url: () => `/api/appointments/${id}/signatures`, as: () => f.candidate, valid: () => ({ participantId: candidateParticipant, via: 'own_account' }), invalid: { payload: { participantId: candidateParticipant, via: 'pigeon' } }, stranger: () => f.otherReferent, status: 409 },
  { path: '/api/appointments/:id/report', method: 'PUT', url: () => `/api/appointments/${id}/report`, as: () => f.referent, valid: () => ({ pointsWorked: 'Relecture du Livret 1.' }), invalid: { payload: {} }, stranger: () => f.otherReferent, status: 409 },
  { path: '/api/appointments/:id/attendance-sheet.pdf', method: 'GET', url: () => `/api/appointments/${id}/attendance-sheet.pdf`, as: () => f.accompagnateur, invalid: { url: () => '/api/appointments/1/attendance-sheet.pdf' }, stranger: () => f.otherReferent },
  { path: '/api/agenda', method: 'GET', url: () => `/api/agenda?organisationId=${f.structureId}&${range}`, as: () => f.director, invalid: { url: () => `/api/agenda?organisationId=${f.structureId}&from=2026-03-09T00:00:00Z&to=2026-06-09T00:00:00Z` }, stranger: () => f.otherReferent },
  { path: '/api/pathways/:id/appointments', method: 'GET', url: () => `/api/pathways/${f.pathwayId}/appointments`, as: () => f.certificateur, invalid: { url: () => '/api/pathways/1/appointments' }, stranger: () => f.otherReferent },
  { path: '/api/me/appointments', method: 'GET', url: () => '/api/me/appointments', as: () => f.candidate, invalid: { url: () => '/api/me/appointments?x=1' }, stranger: () => f.referent },
  { path: '/api/me/appointments/:id/absence', method: 'POST', url: () => `/api/me/appointments/${id}/absence`, as: () => f.candidate, valid: () => ({ reason: 'Rendez-vous médical.' }), invalid: { payload: { reason: '' } }, stranger: () => f.referent, status: 409 },
  { path: '/api/pathways/:id/livret', method: 'GET', url: () => `/api/pathways/${f.pathwayId}/livret`, as: () => f.candidate, invalid: { url: () => '/api/pathways/1/livret' }, stranger: () => f.otherReferent },
  { path: '/api/pathways/:id/livret.pdf', method: 'GET', url: () => `/api/pathways/${f.pathwayId}/livret.pdf`, as: () => f.referent, invalid: { url: () => '/api/pathways/1/livret.pdf' }, stranger: () => f.otherReferent },
  { path: '/api/appointments/:id/cancellation', method: 'POST', url: () => `/api/appointments/${id}/cancellation`, as: () => f.referent, valid: () => ({ reason: 'Référente malade.' }), invalid: { payload: { reason: 'x' } }, stranger: () => f.otherReferent },
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
    expect([200, 201, ...(ep.status ? [ep.status] : [])], res.body).toContain(res.statusCode);
  });
});
