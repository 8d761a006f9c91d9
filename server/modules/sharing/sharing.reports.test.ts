import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedule } from '../appointments/testing/fixture';
import { sharingFixture, type SharingFixture } from './testing/fixture';

let f: SharingFixture;
let appointmentId = '';
const read = (as: { headers: object }) => f.ctx.app.inject({ method: 'GET', url: `/api/appointments/${appointmentId}`, headers: as.headers as Record<string, string> });

beforeAll(async () => {
  f = await sharingFixture();
  appointmentId = (await schedule(f, { startsAt: '2026-03-02T09:30:00Z', endsAt: '2026-03-02T10:00:00Z' })).json().id;
  f.ctx.clock.set(new Date('2026-03-02T09:40:00Z'));
  await f.relogin();
  const report = await f.ctx.app.inject({ method: 'PUT', url: `/api/appointments/${appointmentId}/report`, headers: f.referent.headers, payload: { sessionObjectives: 'Préparer le Livret 1.', pointsWorked: 'Activités de tutorat.', difficulties: '', objectivesReached: '', personalWork: '', nextSteps: '' } });
  expect(report.statusCode, report.body).toBe(200);
});
afterAll(async () => f.ctx.close());

describe('a meeting report seen through a pathway', () => {
  it('is read by the structure that held it and by the candidate', async () => {
    expect((await read(f.referent)).json().report.pointsWorked).toBe('Activités de tutorat.');
    expect((await read(f.candidate)).json().report.pointsWorked).toBe('Activités de tutorat.');
  });

  it('is withheld from another actor of the pathway until the candidate shares the reports, and again once withdrawn', async () => {
    const before = await read(f.accompagnateur);
    expect(before.statusCode).toBe(200);
    expect(before.json().report).toBeNull();
    const granted = await f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/grants`, headers: f.candidate.headers, payload: { organisationId: f.accompId, scopes: ['meeting_reports'] } });
    expect((await read(f.accompagnateur)).json().report.pointsWorked).toBe('Activités de tutorat.');
    const log = (await f.ctx.app.inject({ method: 'GET', url: `/api/pathways/${f.pathwayId}/access-log`, headers: f.candidate.headers })).json().items;
    expect(log[0]).toMatchObject({ part: 'meeting_reports', via: 'grant', label: 'Compte rendu du rendez-vous « Entretien de suivi »' });
    await f.ctx.app.inject({ method: 'DELETE', url: `/api/pathways/${f.pathwayId}/grants/${granted.json().id}`, headers: f.candidate.headers });
    expect((await read(f.accompagnateur)).json().report).toBeNull();
  });
});
