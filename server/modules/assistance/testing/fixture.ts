import { buildCandidate, buildOrganisation, buildPathway, buildUser, setTestPassword } from '../../../test/factories';
import { createTestContext, loginAs, type Session, type TestContext } from '../../../test/test-app';

export interface AssistanceFixture {
  ctx: TestContext;
  structureId: string;
  accompId: string;
  certificateurId: string;
  partnerId: string;
  strangerOrgId: string;
  pathwayId: string;
  candidateEmail: string;
  referent: Session;
  director: Session;
  accompagnateur: Session;
  certificateur: Session;
  otherReferent: Session;
  candidate: Session;
  /** Logs everyone in again (after the clock moved past the sessions' lifetime). */
  relogin(): Promise<void>;
}

/**
 * A structure with a référent and a director, a candidate (with an account) on RNCP37274 whose
 * pathway has an accompagnateur, a certificateur and a partner, and a référent of another structure.
 */
export async function assistanceFixture(state: 'faisabilite_preparation' | 'validation_writing' = 'faisabilite_preparation'): Promise<AssistanceFixture> {
  const ctx = await createTestContext();
  const db = ctx.database;
  const structureId = (await buildOrganisation(db)).id;
  const accompId = (await buildOrganisation(db, { kind: 'accompaniment_organisation' })).id;
  const certificateurId = (await buildOrganisation(db, { kind: 'certificateur' })).id;
  const partnerId = (await buildOrganisation(db, { kind: 'partner', name: 'MDPH de test' })).id;
  const strangerOrgId = (await buildOrganisation(db, { kind: 'partner', name: 'Partenaire hors parcours' })).id;
  const emails = {
    referent: (await buildUser(db, { roles: [{ organisationId: structureId, role: 'referent' }] })).email,
    director: (await buildUser(db, { roles: [{ organisationId: structureId, role: 'director' }] })).email,
    accompagnateur: (await buildUser(db, { roles: [{ organisationId: accompId, role: 'accompagnateur' }] })).email,
    certificateur: (await buildUser(db, { roles: [{ organisationId: certificateurId, role: 'certificateur_agent' }] })).email,
    otherReferent: (await buildUser(db, { roles: [{ role: 'referent' }] })).email,
  };
  const candidateUser = await buildUser(db, { kind: 'candidate' });
  await setTestPassword(db, candidateUser.id);
  const candidateId = (await buildCandidate(db, { organisationId: structureId, userId: candidateUser.id })).id;
  const pathway = await buildPathway(db, {
    candidateId,
    state,
    startedAt: new Date('2026-02-01T09:00:00Z'),
    lastContactAt: new Date('2026-03-01T09:00:00Z'),
    actors: [
      { organisationId: structureId, role: 'referent' },
      { organisationId: accompId, role: 'accompagnateur' },
      { organisationId: certificateurId, role: 'certificateur_agent' },
      { organisationId: partnerId, role: 'conseiller' },
    ],
  });
  const fixture = { ctx, structureId, accompId, certificateurId, partnerId, strangerOrgId, pathwayId: pathway.id, candidateEmail: candidateUser.email } as AssistanceFixture;
  fixture.relogin = async () => {
    fixture.referent = await loginAs(ctx.app, emails.referent);
    fixture.director = await loginAs(ctx.app, emails.director);
    fixture.accompagnateur = await loginAs(ctx.app, emails.accompagnateur);
    fixture.certificateur = await loginAs(ctx.app, emails.certificateur);
    fixture.otherReferent = await loginAs(ctx.app, emails.otherReferent);
    fixture.candidate = await loginAs(ctx.app, candidateUser.email);
  };
  await fixture.relogin();
  return fixture;
}

export const START = (structureId: string) => ({
  organisationId: structureId,
  proposerKind: 'counselling_structure',
  startPhase: 'before_recevabilite',
  welcomeProject: 'Devenir conseillère en insertion professionnelle.',
  welcomeSituation: 'Hébergée chez sa sœur depuis la séparation.',
  welcomeObstacles: 'Pas d’ordinateur ; garde des enfants le soir.',
  needIndicators: ['Isolement', 'Pas d’équipement informatique'],
});
