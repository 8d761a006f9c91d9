import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCertifications } from '../certifications/features/seed-certifications';
import { buildOrganisation, buildUser, setTestPassword } from '../../test/factories';
import { createTestContext, loginAs, type Session, type TestContext } from '../../test/test-app';
import type { TDocument, TMyPathway, TPathway } from './pathways.schema';
import { multipart, pdfBytes } from './testing/files';

/**
 * The RNCP37274 journey over HTTP: Livret 1, recevabilité, Livret 2, a first jury validating blocs 1
 * and 2 but not 3, the post-jury interview, a second jury on bloc 3 only, the certification. At each
 * step the candidate's space says what comes next; another structure can neither read nor act.
 */
let ctx: TestContext;
let referent: Session;
let accompagnateur: Session;
let certificateur: Session;
let otherStructure: Session;
let otherCertificateur: Session;
let candidate: Session;
const emails: Record<string, string> = {};
let structureId = '';
let accompanimentId = '';
let davaId = '';
let candidateId = '';
let pathwayId = '';
const documentIds: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  await seedCertifications(ctx.database, { now: () => ctx.clock.now() });
  structureId = (await buildOrganisation(ctx.database, { kind: 'counselling_structure', name: 'CIBC du Calvados' })).id;
  accompanimentId = (await buildOrganisation(ctx.database, { kind: 'accompaniment_organisation', name: 'Accompagnement Normandie' })).id;
  davaId = (await buildOrganisation(ctx.database, { kind: 'certificateur', name: 'DREETS Normandie' })).id;
  emails.referent = (await buildUser(ctx.database, { roles: [{ organisationId: structureId, role: 'referent' }] })).email;
  emails.accompagnateur = (await buildUser(ctx.database, { roles: [{ organisationId: accompanimentId, role: 'accompagnateur' }] })).email;
  emails.certificateur = (await buildUser(ctx.database, { roles: [{ organisationId: davaId, role: 'certificateur_agent' }] })).email;
  emails.otherStructure = (await buildUser(ctx.database, { roles: [{ role: 'referent' }] })).email;
  const otherDava = await buildOrganisation(ctx.database, { kind: 'certificateur' });
  emails.otherCertificateur = (await buildUser(ctx.database, { roles: [{ organisationId: otherDava.id, role: 'certificateur_agent' }] })).email;
  await signInEveryone();
});
afterAll(async () => ctx.close());

/** Sessions time out when the clock jumps months ahead: everyone signs in again, as in real life. */
async function signInEveryone() {
  const as = (key: string) => loginAs(ctx.app, emails[key] ?? '');
  referent = await as('referent');
  accompagnateur = await as('accompagnateur');
  certificateur = await as('certificateur');
  otherStructure = await as('otherStructure');
  otherCertificateur = await as('otherCertificateur');
  if (emails.candidate) candidate = await as('candidate');
}
async function moveClock(to: string) {
  ctx.clock.set(to);
  await signInEveryone();
}

type Body = Record<string, unknown>;
async function transition(session: Session, body: Body) {
  return ctx.app.inject({ method: 'POST', url: `/api/pathways/${pathwayId}/transitions`, headers: session.headers, payload: body });
}
async function expectStep(session: Session, body: Body, state: string) {
  const res = await transition(session, body);
  expect(res.statusCode, res.body).toBe(200);
  const page = res.json<TPathway>();
  expect(page.state).toBe(state);
  return page;
}
async function upload(session: Session, kind: string, name: string) {
  const form = multipart(name, pdfBytes(name));
  const res = await ctx.app.inject({ method: 'POST', url: `/api/pathways/${pathwayId}/documents?kind=${kind}`, headers: { ...session.headers, ...form.headers }, payload: form.payload });
  expect(res.statusCode, res.body).toBe(201);
  const doc = res.json<TDocument>();
  documentIds.push(doc.id);
  return doc;
}
async function myPathway() {
  const res = await ctx.app.inject({ method: 'GET', url: '/api/me/pathways', headers: candidate.headers });
  expect(res.statusCode).toBe(200);
  const mine = res.json<{ items: TMyPathway[] }>().items.find((p) => p.id === pathwayId);
  if (!mine) throw new Error('pathway missing from the candidate space');
  return mine;
}
async function stateNow(): Promise<string> {
  return (await ctx.app.inject({ method: 'GET', url: `/api/pathways/${pathwayId}`, headers: referent.headers })).json<TPathway>().state;
}

describe('the RNCP37274 journey', () => {
  it('the référent opens the file with an account for the candidate, then the pathway', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/candidates',
      headers: referent.headers,
      payload: {
        organisationId: structureId,
        firstName: 'Nadia',
        lastName: 'Lefèvre',
        email: 'nadia.lefevre@exemple.test',
        situation: 'job_seeker',
        departementCode: '14',
        createAccount: true,
        experiences: [{ structure: 'Mission locale de Caen', role: 'Chargée d’accueil', startDate: '2019-09-01', endDate: '2024-06-30', kind: 'paid', activities: 'Accueil et orientation des jeunes' }],
        diplomas: [{ title: 'Baccalauréat professionnel ARCU', level: 4, year: 2015 }],
        sensitive: { hasHandicap: true, accommodationNeeds: 'Tiers-temps à l’oral' },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    candidateId = res.json().id;
    expect(res.json()).toMatchObject({ hasSensitiveData: true, experiences: [{ kind: 'paid' }], diplomas: [{ level: 4 }] });
    expect(res.json()).not.toHaveProperty('sensitive');
    await setTestPassword(ctx.database, res.json().userId);
    emails.candidate = 'nadia.lefevre@exemple.test';
    candidate = await loginAs(ctx.app, emails.candidate);

    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/pathways',
      headers: referent.headers,
      payload: {
        candidateId,
        certificationCode: 'RNCP37274',
        organisationId: structureId,
        role: 'referent',
        actors: [{ organisationId: accompanimentId, role: 'accompagnateur' }, { organisationId: davaId, role: 'certificateur_agent' }],
        fundingRoute: 'cpf',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    pathwayId = created.json().id;
    expect(created.json()).toMatchObject({ state: 'information', cycle: 1, blocs: { targeted: ['RNCP37274BC01', 'RNCP37274BC02', 'RNCP37274BC03'], acquired: [] } });
    expect(created.json().actors.map((a: { role: string }) => a.role).sort()).toEqual(['accompagnateur', 'certificateur_agent', 'referent']);
    expect((await myPathway()).nextAction).toMatchObject({ who: 'candidate', text: expect.stringMatching(/faisabilité/) });
  });

  it('Livret 1 is attached then filed; filing without it is refused', async () => {
    await expectStep(candidate, { type: 'start_faisabilite' }, 'faisabilite_preparation');
    expect((await myPathway()).nextAction.text).toMatch(/Livret 1/);
    const early = await transition(candidate, { type: 'file_faisabilite' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('MISSING_DATA');
    expect(await stateNow()).toBe('faisabilite_preparation');
    await upload(candidate, 'livret1', 'livret1-nadia.pdf');
    await expectStep(candidate, { type: 'file_faisabilite' }, 'faisabilite_filed');
    const mine = await myPathway();
    expect(mine.nextAction.who).toBe('certificateur');
    // Filed on 2 March: the certificateur answers within the default 2 months.
    expect(mine.nextAction.dueAt).toBe('2026-05-02T09:00:00.000Z');
    expect(mine.nextAction.text).toMatch(/avant le 2 mai 2026/);
  });

  it('another structure can neither read nor change the pathway, nor download its documents', async () => {
    const page = await ctx.app.inject({ method: 'GET', url: `/api/pathways/${pathwayId}`, headers: otherStructure.headers });
    expect(page.statusCode).toBe(403);
    expect((await transition(otherStructure, { type: 'close', reason: 'abandon', details: 'x' })).statusCode).toBe(403);
    expect((await transition(otherCertificateur, { type: 'declare_recevable', decidedOn: '2026-03-02' })).statusCode).toBe(403);
    const doc = await ctx.app.inject({ method: 'GET', url: `/api/documents/${documentIds[0]}`, headers: otherStructure.headers });
    expect(doc.statusCode).toBe(403);
    const file = await ctx.app.inject({ method: 'GET', url: `/api/candidates/${candidateId}`, headers: otherStructure.headers });
    expect(file.statusCode).toBe(403);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/pathways', headers: otherStructure.headers });
    expect(list.json().items.map((p: { id: string }) => p.id)).not.toContain(pathwayId);
    expect(await stateNow()).toBe('faisabilite_filed');
  });

  it('the certificateur finds it in the inbox and declares it recevable; the candidate cannot', async () => {
    const inbox = await ctx.app.inject({ method: 'GET', url: '/api/certificateur/inbox', headers: certificateur.headers });
    expect(inbox.json().toDeclare.map((i: { pathwayId: string }) => i.pathwayId)).toContain(pathwayId);
    const byCandidate = await transition(candidate, { type: 'declare_recevable', decidedOn: '2026-03-02' });
    expect(byCandidate.statusCode).toBe(403);
    expect(byCandidate.json().error.code).toBe('ROLE_NOT_ALLOWED');
    await moveClock('2026-03-20T09:00:00Z');
    await expectStep(certificateur, { type: 'declare_recevable', decidedOn: '2026-03-20' }, 'recevable');
    expect((await myPathway()).nextAction.text).toMatch(/recevable/);
  });

  it('Livret 2 is written and filed, the jury scheduled; its result cannot come before the session', async () => {
    await expectStep(candidate, { type: 'start_validation' }, 'validation_writing');
    expect((await myPathway()).nextAction.text).toMatch(/Livret 2/);
    await upload(accompagnateur, 'livret2', 'livret2-nadia.pdf');
    await expectStep(accompagnateur, { type: 'file_validation' }, 'validation_filed');
    expect((await myPathway()).nextAction.who).toBe('certificateur');
    const inbox = await ctx.app.inject({ method: 'GET', url: '/api/certificateur/inbox', headers: certificateur.headers });
    expect(inbox.json().juriesToSchedule.map((i: { pathwayId: string }) => i.pathwayId)).toContain(pathwayId);
    await expectStep(certificateur, { type: 'schedule_jury', date: '2026-05-12T08:00:00Z', place: 'DREETS Caen', format: 'presentiel', convocationSent: true }, 'jury_scheduled');
    const mine = await myPathway();
    expect(mine.nextAction).toMatchObject({ who: 'candidate', dueAt: '2026-05-12T08:00:00.000Z' });
    expect(mine.nextAction.text).toMatch(/12 mai 2026.*DREETS Caen/);
    const tooEarly = await transition(certificateur, { type: 'record_jury_result', attendance: 'present', blocs: [{ code: 'RNCP37274BC01', validated: true }] });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().error.code).toBe('JURY_RESULT_TOO_EARLY');
    expect(await stateNow()).toBe('jury_scheduled');
  });

  it('the first jury validates blocs 1 and 2, not 3', async () => {
    await moveClock('2026-05-12T12:00:00Z');
    const inbox = await ctx.app.inject({ method: 'GET', url: '/api/certificateur/inbox', headers: certificateur.headers });
    expect(inbox.json().resultsToEnter.map((i: { pathwayId: string }) => i.pathwayId)).toContain(pathwayId);
    const page = await expectStep(
      certificateur,
      {
        type: 'record_jury_result',
        attendance: 'present',
        blocs: [
          { code: 'RNCP37274BC01', validated: true },
          { code: 'RNCP37274BC02', validated: true },
          { code: 'RNCP37274BC03', validated: false, preconisations: 'Expérience de prospection employeurs à compléter' },
        ],
      },
      'jury_result_entered',
    );
    expect(page.lastJuryOverall).toBe('partial');
    expect(page.blocs).toMatchObject({ acquired: ['RNCP37274BC01', 'RNCP37274BC02'], remaining: ['RNCP37274BC03'] });
    const mine = await myPathway();
    expect(mine.nextAction.who).toBe('accompagnateur');
    expect(mine.blocs).toEqual([
      expect.objectContaining({ code: 'RNCP37274BC01', status: 'acquired', lastResult: expect.objectContaining({ validated: true }) }),
      expect.objectContaining({ code: 'RNCP37274BC02', status: 'acquired' }),
      expect.objectContaining({ code: 'RNCP37274BC03', status: 'remaining', lastResult: expect.objectContaining({ validated: false, preconisations: 'Expérience de prospection employeurs à compléter' }) }),
    ]);
  });

  it('post-jury interview, then a second cycle on bloc 3 only', async () => {
    const wrongRole = await transition(certificateur, { type: 'hold_post_jury_interview', heldOn: '2026-05-12', summary: 'x' });
    expect(wrongRole.json().error.code).toBe('ROLE_NOT_ALLOWED');
    await expectStep(accompagnateur, { type: 'hold_post_jury_interview', heldOn: '2026-05-12T11:00:00Z', summary: 'Plan : trois mois de prospection' }, 'post_jury');
    expect((await myPathway()).nextAction.text).toMatch(/blocs restants : RNCP37274BC03/);
    const premature = await transition(referent, { type: 'obtain_certification' });
    expect(premature.json().error.code).toBe('BLOCS_REMAINING');
    const page = await expectStep(referent, { type: 'start_new_cycle' }, 'validation_writing');
    expect(page.cycle).toBe(2);
    expect((await myPathway()).nextAction.text).toMatch(/nouveau jury.*RNCP37274BC03/);
    await upload(candidate, 'livret2', 'livret2-complement.pdf');
    await expectStep(candidate, { type: 'file_validation' }, 'validation_filed');
    await expectStep(certificateur, { type: 'schedule_jury', date: '2026-10-06T08:00:00Z', place: 'Visioconférence', format: 'distanciel' }, 'jury_scheduled');
    await moveClock('2026-10-06T15:00:00Z');
    const foreign = await transition(certificateur, { type: 'record_jury_result', attendance: 'present', blocs: [{ code: 'RNCP37274BC01', validated: true }, { code: 'RNCP37274BC03', validated: true }] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('BLOC_NOT_TARGETED');
    expect(await stateNow()).toBe('jury_scheduled');
    const page2 = await expectStep(certificateur, { type: 'record_jury_result', attendance: 'present', blocs: [{ code: 'RNCP37274BC03', validated: true }] }, 'jury_result_entered');
    expect(page2.lastJuryOverall).toBe('total');
    expect(page2.blocs.remaining).toEqual([]);
  });

  it('the certification is obtained', async () => {
    await expectStep(accompagnateur, { type: 'hold_post_jury_interview', heldOn: '2026-10-06T14:00:00Z', summary: 'Validation totale' }, 'post_jury');
    const page = await expectStep(referent, { type: 'obtain_certification' }, 'closed_certified');
    expect(page.availableTransitions).toEqual([]);
    const bc3 = page.blocs.board.find((b: { code: string }) => b.code === 'RNCP37274BC03');
    expect(bc3?.results.map((r: { cycle: number; validated: boolean }) => [r.cycle, r.validated])).toEqual([[1, false], [2, true]]);
    expect(bc3).toMatchObject({ acquired: true, acquiredCycle: 2 });
    expect(page.juries).toHaveLength(2);
    expect(page.transitions).toHaveLength(14);
    expect(page.timeline.filter((t: { kind: string }) => t.kind === 'document')).toHaveLength(3);
    expect(page.documents.filter((d: { replacedBy: string | null }) => d.replacedBy !== null)).toHaveLength(1);
    const mine = await myPathway();
    expect(mine.nextAction.text).toMatch(/Félicitations/);
    expect(mine.followedBy.map((f: { organisationName: string }) => f.organisationName).sort()).toEqual(['Accompagnement Normandie', 'CIBC du Calvados', 'DREETS Normandie']);
  });

  it('the candidate’s export holds every part of their file', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/me/export', headers: candidate.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const [file] = res.json().candidateFiles;
    expect(file.identity).toMatchObject({ id: candidateId, firstName: 'Nadia', lastName: 'Lefèvre', email: 'nadia.lefevre@exemple.test' });
    expect(file.experiences).toEqual([expect.objectContaining({ structure: 'Mission locale de Caen' })]);
    expect(file.diplomas).toEqual([expect.objectContaining({ title: 'Baccalauréat professionnel ARCU' })]);
    expect(file.sensitive).toMatchObject({ hasHandicap: true, accommodationNeeds: 'Tiers-temps à l’oral' });
    const [pathway] = file.pathways;
    expect(pathway).toMatchObject({ id: pathwayId, state: 'closed_certified', certification: { code: 'RNCP37274' } });
    expect(pathway.transitions).toHaveLength(14);
    expect(pathway.juries[0].results).toHaveLength(3);
    expect(pathway.juries[1].results).toEqual([{ blocCode: 'RNCP37274BC03', validated: true, preconisations: null }]);
    expect(pathway.documents.map((d: { originalName: string }) => d.originalName).sort()).toEqual(['livret1-nadia.pdf', 'livret2-complement.pdf', 'livret2-nadia.pdf']);
    expect(JSON.stringify(res.json())).not.toMatch(/"content"/);
  });
});
