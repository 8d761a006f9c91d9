import { groupementMembers, groupements } from '../../../db/schema';
import { buildCandidate, buildOrganisation, buildPathway, buildUser } from '../../../test/factories';
import { createTestContext, loginAs, type Session, type TestContext } from '../../../test/test-app';
import { START } from '../../assistance/testing/fixture';

export interface TargetsFixture {
  ctx: TestContext;
  regionId: string;
  otherRegionId: string;
  groupementId: string;
  structureA: string;
  structureB: string;
  /** A structure outside the groupement, in the same département as A. */
  structureC: string;
  resourceCentreId: string;
  otherResourceCentreId: string;
  users: Record<'refA' | 'refB' | 'refC' | 'dirA' | 'dirB' | 'dirC', string>;
  region: Session;
  otherRegion: Session;
  dirA: Session;
  dirB: Session;
  dirC: Session;
  refA: Session;
  refB: Session;
  refC: Session;
  rc: Session;
  otherRc: Session;
  relogin(): Promise<void>;
}

/**
 * A Région (commanditaire) with a groupement of two structures (A in Calvados, B in Manche), a third
 * structure C outside it, a second commanditaire, and two regional resource centres (Normandie and
 * Île-de-France); each organisation has its people.
 */
export async function targetsFixture(): Promise<TargetsFixture> {
  const ctx = await createTestContext();
  const db = ctx.database;
  const regionId = (await buildOrganisation(db, { kind: 'commanditaire', name: 'Région Normandie', departementCodes: ['14', '50', '61'] })).id;
  const otherRegionId = (await buildOrganisation(db, { kind: 'commanditaire', name: 'Région voisine', departementCodes: ['35'] })).id;
  const structureA = (await buildOrganisation(db, { name: 'CIBC Calvados', departementCodes: ['14'] })).id;
  const structureB = (await buildOrganisation(db, { name: 'MIFE Manche', departementCodes: ['50'] })).id;
  const structureC = (await buildOrganisation(db, { name: 'CIO Caen', departementCodes: ['14'] })).id;
  const resourceCentreId = (await buildOrganisation(db, { kind: 'resource_centre', name: 'Carif-Oref Normandie', departementCodes: ['14', '50', '61', '27', '76'] })).id;
  const otherResourceCentreId = (await buildOrganisation(db, { kind: 'resource_centre', name: 'Carif Île-de-France', departementCodes: ['75'] })).id;
  const [g] = await db.db.insert(groupements).values({ name: 'Groupement VAE Normandie', commanditaireId: regionId, createdAt: new Date('2026-01-01T00:00:00Z') }).returning();
  if (!g) throw new Error('groupement');
  await db.db.insert(groupementMembers).values([structureA, structureB].map((organisationId) => ({ groupementId: g.id, organisationId })));
  const person = async (organisationId: string, role: 'referent' | 'director' | 'funder_analyst', displayName: string) => buildUser(db, { displayName, roles: [{ organisationId, role }] });
  const people = {
    region: await person(regionId, 'funder_analyst', 'Analyste Région'),
    otherRegion: await person(otherRegionId, 'funder_analyst', 'Analyste voisin'),
    dirA: await person(structureA, 'director', 'Direction A'),
    dirB: await person(structureB, 'director', 'Direction B'),
    dirC: await person(structureC, 'director', 'Direction C'),
    refA: await person(structureA, 'referent', 'Alice Référente'),
    refB: await person(structureB, 'referent', 'Bruno Référent'),
    refC: await person(structureC, 'referent', 'Chloé Référente'),
    rc: await person(resourceCentreId, 'funder_analyst', 'Chargée Carif'),
    otherRc: await person(otherResourceCentreId, 'funder_analyst', 'Chargé IDF'),
  };
  const f = {
    ctx,
    regionId,
    otherRegionId,
    groupementId: g.id,
    structureA,
    structureB,
    structureC,
    resourceCentreId,
    otherResourceCentreId,
    users: { refA: people.refA.id, refB: people.refB.id, refC: people.refC.id, dirA: people.dirA.id, dirB: people.dirB.id, dirC: people.dirC.id },
  } as TargetsFixture;
  f.relogin = async () => {
    for (const [k, u] of Object.entries(people)) (f as unknown as Record<string, Session>)[k] = await loginAs(ctx.app, u.email);
  };
  await f.relogin();
  return f;
}

/** Two lines for the groupement: assistance renforcée in Calvados (120) and in Manche (60), plus conseil VAE in Calvados (24). */
export const AGREEMENT = (f: TargetsFixture) => ({
  commanditaireId: f.regionId,
  year: 2026,
  title: 'Convention assistance renforcée 2026',
  groupementId: f.groupementId,
  lines: [
    { service: 'assistance_renforcee', departementCode: '14', quantity: 120, budgetCents: 9_600_000 },
    { service: 'assistance_renforcee', departementCode: '50', quantity: 60, budgetCents: 4_800_000 },
    { service: 'conseil_vae', departementCode: '14', quantity: 24, budgetCents: 720_000 },
  ],
});

/**
 * The référent's daily work that fills a target: a candidate of this département, a pathway the
 * structure follows, an assistance started, an agreement written and signed on screen.
 */
export async function signAssistance(f: TargetsFixture, opts: { structureId: string; referent: Session; departementCode: string }): Promise<{ pathwayId: string; assistanceId: string }> {
  const db = f.ctx.database;
  const candidateId = (await buildCandidate(db, { organisationId: opts.structureId, departementCode: opts.departementCode })).id;
  const pathway = await buildPathway(db, { candidateId, state: 'faisabilite_preparation', startedAt: new Date('2026-01-10T09:00:00Z'), actors: [{ organisationId: opts.structureId, role: 'referent' }] });
  const post = (url: string, payload: object) => f.ctx.app.inject({ method: 'POST', url, headers: opts.referent.headers, payload });
  const started = await post(`/api/pathways/${pathway.id}/assistance`, START(opts.structureId));
  if (started.statusCode !== 201) throw new Error(`assistance: ${started.body}`);
  const assistanceId = started.json<{ id: string }>().id;
  const written = await post(`/api/assistances/${assistanceId}/agreements`, { objectives: ['Déposer le livret 1'], durationMonths: 12, nextAppointmentAt: new Date(f.ctx.clock.now().getTime() + 7 * 86_400_000).toISOString() });
  if (written.statusCode !== 201) throw new Error(`agreement: ${written.body}`);
  const agreement = written.json<{ agreements: { id: string; sha256: string }[] }>().agreements.at(-1);
  if (!agreement) throw new Error('no agreement');
  const accepted = await post(`/api/agreements/${agreement.id}/acceptance`, { via: 'on_screen', sha256: agreement.sha256, signatureName: 'Camille Candidat' });
  if (accepted.statusCode !== 200) throw new Error(`acceptance: ${accepted.body}`);
  return { pathwayId: pathway.id, assistanceId };
}
