import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentFixture, pdfText, schedule, type AppointmentFixture } from './testing/fixture';

let f: AppointmentFixture;
let id = '';

beforeAll(async () => {
  f = await appointmentFixture();
  const created = (await schedule(f, { startsAt: '2026-03-10T09:00:00Z', endsAt: '2026-03-10T10:30:00Z' })).json();
  id = created.id;
  const candidateP = created.participants.find((p: { kind: string }) => p.kind === 'candidate').id;
  const referentP = created.participants.find((p: { kind: string }) => p.kind === 'professional').id;
  f.ctx.clock.set(new Date('2026-03-10T09:45:00Z'));
  await f.relogin();
  const inject = (url: string, payload: object, as = f.referent, method: 'POST' | 'PUT' = 'POST') => f.ctx.app.inject({ method, url, headers: as.headers, payload });
  expect((await inject(`/api/appointments/${id}/signatures`, { participantId: referentP, via: 'own_account' })).statusCode).toBe(200);
  f.ctx.clock.set(new Date('2026-03-11T08:00:00Z'));
  await f.relogin();
  expect((await inject(`/api/appointments/${id}/signatures`, { participantId: candidateP, via: 'own_account' }, f.candidate)).statusCode).toBe(200);
  const report = await inject(`/api/appointments/${id}/report`, { sessionObjectives: 'Préparer le Livret 1.', pointsWorked: 'Description des activités de tutorat.', difficulties: 'Peu de temps le soir.', objectivesReached: 'Trois activités décrites.', personalWork: 'Rédiger deux activités.', nextSteps: 'Relecture le 24 mars.' }, f.referent, 'PUT');
  expect(report.statusCode, report.body).toBe(200);
});
afterAll(async () => f.ctx.close());

describe('the attendance sheet', () => {
  it('carries the appointment, its duration and each signature line', async () => {
    const res = await f.ctx.app.inject({ method: 'GET', url: `/api/appointments/${id}/attendance-sheet.pdf`, headers: f.referent.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Feuille d’émargement — Entretien de suivi');
    expect(text).toContain('durée : 90 minutes');
    expect(text).toContain('Signé le 10 mars 2026 à');
    expect(text).toContain('signé depuis son compte');
    expect(text).toMatch(/candidat·e\) — Présent·e — Signé le 11 mars 2026/);
  });
});

describe('the livret de suivi', () => {
  it('lists the appointment with its report and signatures for the candidate', async () => {
    const res = await f.ctx.app.inject({ method: 'GET', url: `/api/pathways/${f.pathwayId}/livret`, headers: f.candidate.headers });
    expect(res.statusCode).toBe(200);
    const event = res.json().events.find((e: { kind: string }) => e.kind === 'appointment');
    expect(event.title).toBe('Rendez-vous : Entretien de suivi');
    expect(event.lines).toContain('Points travaillés : Description des activités de tutorat.');
    expect(event.lines.filter((l: string) => l.includes('Signé le'))).toHaveLength(2);
    expect(event.proofUrl).toBe(`/api/appointments/${id}/attendance-sheet.pdf`);
  });

  it('exports a PDF with a cover, the identity, the period, a table of contents and its sections', async () => {
    // The accompagnateur reads the livret only once the candidate shared it (sharing.policy.ts).
    const pdfUrl = `/api/pathways/${f.pathwayId}/livret.pdf`;
    expect((await f.ctx.app.inject({ method: 'GET', url: pdfUrl, headers: f.accompagnateur.headers })).statusCode).toBe(403);
    const share = (scopes: string[]) => f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/grants`, headers: f.candidate.headers, payload: { organisationId: f.accompId, scopes } });
    expect((await share(['livret'])).statusCode).toBe(201);
    // The livret alone: the appointment is there, its report is not (another part the candidate shares or not).
    const livretOnly = await f.ctx.app.inject({ method: 'GET', url: `/api/pathways/${f.pathwayId}/livret`, headers: f.accompagnateur.headers });
    const lines: string[] = livretOnly.json().events.find((e: { kind: string }) => e.kind === 'appointment').lines;
    expect(lines).toContain('Compte rendu rédigé (non partagé avec vous)');
    expect(lines.some((l) => l.startsWith('Points travaillés'))).toBe(false);
    expect((await share(['livret', 'meeting_reports'])).statusCode).toBe(201);
    const res = await f.ctx.app.inject({ method: 'GET', url: `/api/pathways/${f.pathwayId}/livret.pdf`, headers: f.accompagnateur.headers });
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    for (const expected of ['Livret de suivi', 'Période : du 1 février 2026 au 11 mars 2026', 'Sommaire', 'Identité du candidat', 'Rendez-vous, comptes rendus et émargements', 'Étapes du parcours', 'Documents déposés', 'Chronologie complète', 'Objectifs atteints : Trois activités décrites.', 'Preuve : /api/appointments/']) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toMatch(/1\. Identité du candidat \.+ page 3/);
  });
});
