import { eq } from 'drizzle-orm';
import type { CandidateSituation, DocumentKind } from '../../common/candidates';
import { FixedClock } from '../lib/clock';
import type { Principal } from '../lib/principal';
import { renderTextPdf } from '../lib/text-pdf';
import { loadPrincipalUser } from '../modules/auth/sessions';
import { createPathway } from '../modules/pathways/features/create-pathway';
import { transitionPathway } from '../modules/pathways/features/transition-pathway';
import { uploadDocument } from '../modules/pathways/features/upload-document';
import type { TTransitionBody } from '../modules/pathways/pathways.schema';
import type { Database } from './client';
import { candidates, users } from './schema';

/**
 * Demo pathways, made through the same features a person uses (so their history, audit trail and
 * documents are real): Camille starts her dossier de faisabilité, Yanis waits for a recevabilité
 * answer that is now late, Léa had a partial result and prepares her second jury.
 */

const DAY = 24 * 60 * 60 * 1000;

async function principalFor(database: Database, email: string): Promise<Principal> {
  const [u] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const loaded = u ? await loadPrincipalUser(database.db, u.id) : null;
  if (!loaded) throw new Error(`demo user ${email} missing`);
  return { type: 'user', user: loaded.user, memberships: loaded.memberships, sessionId: 'demo-seed', csrfToken: '' };
}

function orgOf(p: Principal): string {
  const id = p.type === 'user' ? p.memberships[0]?.organisationId : p.organisationId;
  if (!id) throw new Error('demo principal without organisation');
  return id;
}

interface DemoCandidate {
  email: string;
  firstName: string;
  lastName: string;
  situation: CandidateSituation;
  departementCode: string;
  referent: string;
}

async function openFile(database: Database, clock: FixedClock, c: DemoCandidate, organisationId: string): Promise<string> {
  const [u] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, c.email));
  const now = clock.now();
  const [row] = await database.db
    .insert(candidates)
    .values({ userId: u?.id ?? null, firstName: c.firstName, lastName: c.lastName, email: c.email, situation: c.situation, departementCode: c.departementCode, createdByOrganisationId: organisationId, createdAt: now, updatedAt: now })
    .returning({ id: candidates.id });
  if (!row) throw new Error('demo candidate insert failed');
  return row.id;
}

export async function seedDemoPathways(database: Database, ids: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const clock = new FixedClock(new Date(now.getTime() - 200 * DAY));
  const at = (daysAgo: number) => clock.set(new Date(now.getTime() - daysAgo * DAY));
  const org = (key: string) => ids.get(key) ?? '';
  const step = (p: Principal, id: string, body: TTransitionBody) => transitionPathway({ database, clock, principal: p, id, body });
  const upload = async (p: Principal, id: string, kind: DocumentKind, name: string, title: string) => {
    const content = await renderTextPdf(title, ['Document de démonstration créé avec les données d’exemple de Jalon.']);
    await uploadDocument({ database, clock, principal: p, id, kind, readFile: async () => ({ filename: name, content }) });
  };
  const dreets = await principalFor(database, 'dreets@jalon.test');
  const accompagnatrice = await principalFor(database, 'accompagnatrice@jalon.test');

  const start = async (c: DemoCandidate, certificationCode: string, certificateur: string, fundingRoute: 'region' | 'cpf' | 'opco', partner?: string) => {
    const referent = await principalFor(database, c.referent);
    const candidateId = await openFile(database, clock, c, orgOf(referent));
    const actors = [
      { organisationId: org('accomp'), role: 'accompagnateur' as const },
      { organisationId: org(certificateur), role: 'certificateur_agent' as const },
      { organisationId: org(fundingRoute === 'opco' ? 'opco' : 'region'), role: 'funder' as const },
      ...(partner ? [{ organisationId: org(partner), role: 'conseiller' as const }] : []),
    ];
    const p = await createPathway({ database, clock, principal: referent, input: { candidateId, certificationCode, organisationId: orgOf(referent), role: 'referent', actors, fundingRoute, documentsLanguage: 'fr' } });
    return { id: p.id, referent };
  };

  // Léa: recevable, first jury with blocs 1 and 2 validated, post-jury interview held.
  at(190);
  const lea = await start({ email: 'lea.dubois@jalon.test', firstName: 'Léa', lastName: 'Dubois', situation: 'job_seeker', departementCode: '76', referent: 'referente.rouen@jalon.test' }, 'RNCP37274', 'dreets', 'region');
  await step(lea.referent, lea.id, { type: 'start_faisabilite' });
  await upload(lea.referent, lea.id, 'livret1', 'livret1-lea-dubois.pdf', 'Dossier de faisabilité — Léa Dubois');
  at(175);
  await step(lea.referent, lea.id, { type: 'file_faisabilite' });
  at(150);
  await step(dreets, lea.id, { type: 'declare_recevable', decidedOn: new Date(now.getTime() - 150 * DAY).toISOString().slice(0, 10) });
  await step(accompagnatrice, lea.id, { type: 'start_validation' });
  at(80);
  await upload(accompagnatrice, lea.id, 'livret2', 'livret2-lea-dubois.pdf', 'Dossier de validation — Léa Dubois');
  await step(accompagnatrice, lea.id, { type: 'file_validation' });
  at(70);
  await step(dreets, lea.id, { type: 'schedule_jury', date: new Date(now.getTime() - 40 * DAY).toISOString(), place: 'AFPA de Rouen, salle 2', format: 'presentiel', convocationSent: true });
  at(39);
  await step(dreets, lea.id, {
    type: 'record_jury_result',
    attendance: 'present',
    blocs: [
      { code: 'RNCP37274BC01', validated: true },
      { code: 'RNCP37274BC02', validated: true },
      { code: 'RNCP37274BC03', validated: false, preconisations: 'Développer une expérience de partenariat avec les entreprises du territoire (prospection, placement) et la décrire précisément.' },
    ],
  });
  at(30);
  await step(accompagnatrice, lea.id, { type: 'hold_post_jury_interview', heldOn: new Date(now.getTime() - 30 * DAY).toISOString().slice(0, 10), summary: 'Bloc 3 à retravailler : une mission de relations entreprises de six mois est prévue avant un nouveau jury.' });

  // Yanis: dossier de faisabilité filed 70 days ago, the 2-month answer is late.
  at(90);
  const yanis = await start({ email: 'yanis.benamar@jalon.test', firstName: 'Yanis', lastName: 'Benamar', situation: 'private_employee', departementCode: '14', referent: 'referent.bayeux@jalon.test' }, 'RNCP37274', 'dreets', 'opco');
  await step(yanis.referent, yanis.id, { type: 'start_faisabilite' });
  await upload(yanis.referent, yanis.id, 'livret1', 'livret1-yanis-benamar.pdf', 'Dossier de faisabilité — Yanis Benamar');
  at(70);
  await step(yanis.referent, yanis.id, { type: 'file_faisabilite' });

  // Camille: just started her dossier de faisabilité; the MDPH, which advised her, is on her pathway.
  at(20);
  const camille = await start({ email: 'camille.martin@jalon.test', firstName: 'Camille', lastName: 'Martin', situation: 'job_seeker', departementCode: '14', referent: 'referente.caen@jalon.test' }, 'RNCP37274', 'dreets', 'region', 'mdph');
  at(14);
  await step(camille.referent, camille.id, { type: 'start_faisabilite' });
}
