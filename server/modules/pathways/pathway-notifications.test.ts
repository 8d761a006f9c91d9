import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emails } from '../../db/schema';
import type { PathwaySnapshot } from '../../domain/pathway-machine';
import { buildCandidate, buildOrganisation, buildPathway, buildUser } from '../../test/factories';
import { createTestContext, loginAs, type Session, type TestContext } from '../../test/test-app';
import { noticesFor } from './pathway-notifications';
import { multipart, pdfBytes } from './testing/files';

const snapshot: PathwaySnapshot = { state: 'jury_scheduled', cycle: 1, targetedBlocs: ['B1'], acquiredBlocs: [], jury: { date: new Date('2026-05-12T08:30:00Z'), place: 'AFPA de Caen', format: 'presentiel' }, lastJuryOverall: null };
const ctxOf = { pathwayId: 'p1', certificationCode: 'RNCP37274', candidateName: 'Camille Martin' };

describe('noticesFor', () => {
  it('tells the certificateur a dossier is to be examined, with the two-month limit', () => {
    const [n, ...rest] = noticesFor('file_faisabilite', { ...snapshot, state: 'faisabilite_filed', jury: null }, ctxOf);
    expect(rest).toHaveLength(0);
    expect(n?.audience).toBe('certificateur');
    expect(n?.lines.join(' ')).toContain('deux mois');
    expect(n?.path).toBe('/parcours/p1');
  });

  it('gives the candidate the jury date, hour and place', () => {
    const candidate = noticesFor('schedule_jury', snapshot, ctxOf).find((n) => n.audience === 'candidate');
    expect(candidate?.lines.join(' ')).toMatch(/mardi 12 mai 2026 à \d\d:30/);
    expect(candidate?.lines.join(' ')).toContain('AFPA de Caen');
    expect(candidate?.path).toBe('/mon-parcours');
  });

  it('never puts the per-bloc result in a message', () => {
    const all = noticesFor('record_jury_result', { ...snapshot, state: 'jury_result_entered', acquiredBlocs: ['B1'] }, ctxOf);
    expect(all.map((n) => n.audience).sort()).toEqual(['candidate', 'followers']);
    expect(all.flatMap((n) => n.lines).join(' ')).not.toContain('B1');
  });

  it('sends nothing for steps that need no one else', () => {
    expect(noticesFor('start_faisabilite', { ...snapshot, state: 'faisabilite_preparation' }, ctxOf)).toEqual([]);
  });
});

describe('messages queued by the steps', () => {
  let ctx: TestContext;
  let referent: Session;
  let agentEmail = '';
  let referentEmail = '';
  let pathwayId = '';

  beforeAll(async () => {
    ctx = await createTestContext();
    const structureId = (await buildOrganisation(ctx.database)).id;
    const certificateurId = (await buildOrganisation(ctx.database, { kind: 'certificateur' })).id;
    const referentUser = await buildUser(ctx.database, { roles: [{ organisationId: structureId, role: 'referent' }] });
    referentEmail = referentUser.email;
    referent = await loginAs(ctx.app, referentUser.email);
    agentEmail = (await buildUser(ctx.database, { roles: [{ organisationId: certificateurId, role: 'certificateur_agent' }] })).email;
    const candidate = await buildCandidate(ctx.database, { organisationId: structureId });
    const p = await buildPathway(ctx.database, { candidateId: candidate.id, state: 'faisabilite_preparation', actors: [{ organisationId: structureId, role: 'referent' }, { organisationId: certificateurId, role: 'certificateur_agent' }] });
    pathwayId = p.id;
    const form = multipart('livret1.pdf', pdfBytes());
    await ctx.app.inject({ method: 'POST', url: `/api/pathways/${pathwayId}/documents?kind=livret1`, headers: { ...referent.headers, ...form.headers }, payload: form.payload });
  });
  afterAll(async () => ctx.close());

  it('a filed dossier de faisabilité writes one message per certificateur agent, not to the référent who filed it', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: `/api/pathways/${pathwayId}/transitions`, headers: referent.headers, payload: { type: 'file_faisabilite' } });
    expect(res.statusCode, res.body).toBe(200);
    const [last] = await ctx.database.db.select().from(emails).orderBy(desc(emails.createdAt)).limit(1);
    expect(last?.recipients).toEqual([agentEmail]);
    expect(last?.subject).toContain('Dossier de faisabilité à instruire');
    expect(last?.bodyText).toContain(`/parcours/${pathwayId}`);
    const all = await ctx.database.db.select().from(emails);
    expect(all.some((e) => e.recipients.includes(referentEmail))).toBe(false);
  });

  it('a refused step writes no message', async () => {
    const before = (await ctx.database.db.select().from(emails)).length;
    const res = await ctx.app.inject({ method: 'POST', url: `/api/pathways/${pathwayId}/transitions`, headers: referent.headers, payload: { type: 'file_faisabilite' } });
    expect(res.statusCode).toBe(409);
    expect(await ctx.database.db.select().from(emails)).toHaveLength(before);
  });
});
