import { buildCandidate, buildOrganisation, buildPathway, buildUser, setTestPassword } from '../../../test/factories';
import { loginAs, type Session } from '../../../test/test-app';
import { assistanceFixture, type AssistanceFixture } from '../../assistance/testing/fixture';
import { multipart, pdfBytes } from '../../pathways/testing/files';

export interface SharingFixture extends AssistanceFixture {
  /** An accompagnateur of another accompaniment organisation, not on the pathway. */
  otherAccompagnateur: Session;
  /** Another candidate, with a pathway of their own. */
  otherCandidate: Session;
  otherPathwayId: string;
  admin: Session;
  /** A Livret 1 and a proof, uploaded by the référent's structure. */
  livret1Id: string;
  proofId: string;
}

/** The assistance fixture plus strangers of the same kinds, an administrator and two documents. */
export async function sharingFixture(): Promise<SharingFixture> {
  const f = (await assistanceFixture()) as SharingFixture;
  const db = f.ctx.database;
  const otherAccompId = (await buildOrganisation(db, { kind: 'accompaniment_organisation' })).id;
  f.otherAccompagnateur = await loginAs(f.ctx.app, (await buildUser(db, { roles: [{ organisationId: otherAccompId, role: 'accompagnateur' }] })).email);
  const other = await buildUser(db, { kind: 'candidate' });
  await setTestPassword(db, other.id);
  const otherCandidateId = (await buildCandidate(db, { organisationId: f.structureId, userId: other.id })).id;
  f.otherPathwayId = (await buildPathway(db, { candidateId: otherCandidateId, actors: [{ organisationId: f.structureId, role: 'referent' }] })).id;
  f.otherCandidate = await loginAs(f.ctx.app, other.email);
  f.admin = await loginAs(f.ctx.app, (await buildUser(db, { isPlatformAdmin: true })).email);
  const upload = async (name: string, kind: string) => {
    const form = multipart(name, pdfBytes(name));
    const res = await f.ctx.app.inject({ method: 'POST', url: `/api/pathways/${f.pathwayId}/documents?kind=${kind}`, headers: { ...f.referent.headers, ...form.headers }, payload: form.payload });
    if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string }>().id;
  };
  f.livret1Id = await upload('livret1.pdf', 'livret1');
  f.proofId = await upload('bulletin-de-salaire.pdf', 'proof');
  return f;
}
