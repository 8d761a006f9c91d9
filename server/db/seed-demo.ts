import { eq, sql } from 'drizzle-orm';
import type { OrganisationKind, Role } from '../../common/organisations';
import { systemClock, type Clock } from '../lib/clock';
import { hashPassword } from '../lib/passwords';
import { seedCertifications } from '../modules/certifications/features/seed-certifications';
import type { Database } from './client';
import { seedDemoPathways } from './seed-demo-pathways';
import { assistanceEligibilityCriteria, certificationManagers, certifications, groupementMembers, groupements, memberships, organisationDepartements, organisations, users } from './schema';
import { seedDemoAgreement } from '../modules/targets/demo-agreement';

/** The password of every demo account, shown in the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'Jalon-Demo-2026!';

interface DemoOrg {
  key: string;
  kind: OrganisationKind;
  name: string;
  departements: string[];
}

const ORGS: DemoOrg[] = [
  { key: 'region', kind: 'commanditaire', name: 'Région Normandie', departements: ['14', '27', '50', '61', '76'] },
  { key: 'cibc', kind: 'counselling_structure', name: 'CIBC du Calvados', departements: ['14'] },
  { key: 'mife', kind: 'counselling_structure', name: 'MIFE de Seine-Maritime', departements: ['76'] },
  { key: 'accomp', kind: 'accompaniment_organisation', name: 'Parcours Compétences Accompagnement VAE', departements: ['14', '76'] },
  { key: 'dava', kind: 'certificateur', name: 'DAVA de l’académie de Normandie', departements: ['14', '27', '50', '61', '76'] },
  { key: 'dreets', kind: 'certificateur', name: 'DREETS de Normandie (titres professionnels)', departements: ['14', '27', '50', '61', '76'] },
  { key: 'opco', kind: 'funder', name: 'OPCO Santé Normandie', departements: ['14', '27', '50', '61', '76'] },
  { key: 'mdph', kind: 'partner', name: 'MDPH du Calvados', departements: ['14'] },
  { key: 'logement', kind: 'partner', name: 'Association Habitat Jeunes Rouen', departements: ['76'] },
  { key: 'college', kind: 'school', name: 'Collège Jean Moulin (Caen)', departements: ['14'] },
  { key: 'lycee', kind: 'school', name: 'Lycée professionnel Jules Verne (Rouen)', departements: ['76'] },
  { key: 'carif', kind: 'resource_centre', name: 'Carif-Oref de Normandie', departements: ['14', '27', '50', '61', '76'] },
];

interface DemoUser {
  email: string;
  name: string;
  kind: 'professional' | 'candidate';
  admin?: boolean;
  roles?: [string, Role][];
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@jalon.test', name: 'Alex Administrateur', kind: 'professional', admin: true },
  { email: 'referente.caen@jalon.test', name: 'Claire Lebrun', kind: 'professional', roles: [['cibc', 'referent']] },
  { email: 'referent.bayeux@jalon.test', name: 'Hugo Marie', kind: 'professional', roles: [['cibc', 'referent']] },
  { email: 'referente.rouen@jalon.test', name: 'Inès Haddad', kind: 'professional', roles: [['mife', 'referent']] },
  { email: 'referent.dieppe@jalon.test', name: 'Paul Lefèvre', kind: 'professional', roles: [['mife', 'referent']] },
  { email: 'direction.cibc@jalon.test', name: 'Sophie Durand', kind: 'professional', roles: [['cibc', 'director']] },
  { email: 'direction.mife@jalon.test', name: 'Marc Petit', kind: 'professional', roles: [['mife', 'director']] },
  { email: 'accompagnatrice@jalon.test', name: 'Nadia Benali', kind: 'professional', roles: [['accomp', 'accompagnateur']] },
  { email: 'dava@jalon.test', name: 'Thomas Girard', kind: 'professional', roles: [['dava', 'certificateur_agent']] },
  { email: 'dreets@jalon.test', name: 'Martine Lemaire', kind: 'professional', roles: [['dreets', 'certificateur_agent']] },
  { email: 'opco@jalon.test', name: 'Julie Moreau', kind: 'professional', roles: [['opco', 'funder_analyst']] },
  { email: 'region@jalon.test', name: 'Bertrand Leroy', kind: 'professional', roles: [['region', 'funder_analyst']] },
  { email: 'partenaire.mdph@jalon.test', name: 'Élise Caron', kind: 'professional', roles: [['mdph', 'conseiller']] },
  { email: 'college@jalon.test', name: 'Karim Saïdi', kind: 'professional', roles: [['college', 'school_staff']] },
  { email: 'lycee@jalon.test', name: 'Anne Roussel', kind: 'professional', roles: [['lycee', 'school_staff']] },
  { email: 'carif@jalon.test', name: 'Luc Fontaine', kind: 'professional', roles: [['carif', 'funder_analyst']] },
  { email: 'camille.martin@jalon.test', name: 'Camille Martin', kind: 'candidate' },
  { email: 'yanis.benamar@jalon.test', name: 'Yanis Benamar', kind: 'candidate' },
  { email: 'lea.dubois@jalon.test', name: 'Léa Dubois', kind: 'candidate' },
];

/** Fills an empty database with the demo organisations, accounts and pathways. Returns false if it was not empty. */
export async function seedDemo(database: Database, clock: Clock = systemClock): Promise<boolean> {
  const [count] = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
  if ((count?.n ?? 0) > 0) return false;
  // The demo pathways need the reference certifications (an idempotent upsert, also run at boot).
  await seedCertifications(database, { now: () => clock.now() });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  await database.db.transaction(async (tx) => {
    for (const o of ORGS) {
      const [row] = await tx.insert(organisations).values({ kind: o.kind, name: o.name }).returning({ id: organisations.id });
      if (!row) throw new Error('seed organisation insert failed');
      ids.set(o.key, row.id);
      await tx.insert(organisationDepartements).values(o.departements.map((d) => ({ organisationId: row.id, departementCode: d })));
    }
    const [g] = await tx
      .insert(groupements)
      .values({ name: 'Groupement VAE Normandie (CIBC 14 – MIFE 76)', commanditaireId: ids.get('region') ?? null })
      .returning({ id: groupements.id });
    if (!g) throw new Error('seed groupement insert failed');
    await tx.insert(groupementMembers).values(['cibc', 'mife'].map((k) => ({ groupementId: g.id, organisationId: ids.get(k) ?? '' })));
    // The Région's mandate for assistance renforcée (seed 004: job seekers in an individual approach).
    const criteria = [
      ['job_seeker', 'Demandeur d’emploi'],
      ['individual', 'Démarche individuelle (hors projet collectif d’entreprise)'],
      ['resident', 'Résidant en Normandie'],
    ];
    await tx.insert(assistanceEligibilityCriteria).values(criteria.map(([code = '', label = ''], position) => ({ commanditaireId: ids.get('region') ?? '', code, label, position })));
    // The Région's yearly targets for the groupement (issue 8), one département per structure.
    await seedDemoAgreement(tx, { commanditaireId: ids.get('region') ?? '', groupementId: g.id, year: clock.now().getUTCFullYear(), structureByDepartement: { '14': ids.get('cibc') ?? '', '76': ids.get('mife') ?? '' }, at: clock.now() });
    // The DAVA edits the VAE information of the Bac Pro ASSP, the DREETS that of the titre professionnel
    // CIP (both seeded with the reference data at start).
    for (const [code, key] of [['RNCP37231', 'dava'], ['RNCP37274', 'dreets']] as const) {
      const [cert] = await tx.select({ id: certifications.id }).from(certifications).where(eq(certifications.code, code));
      if (cert) await tx.insert(certificationManagers).values({ certificationId: cert.id, organisationId: ids.get(key) ?? '' });
    }
    for (const u of DEMO_USERS) {
      const [row] = await tx
        .insert(users)
        .values({ email: u.email, displayName: u.name, kind: u.kind, passwordHash, isPlatformAdmin: u.admin ?? false })
        .returning({ id: users.id });
      if (!row) throw new Error('seed user insert failed');
      for (const [orgKey, role] of u.roles ?? []) {
        await tx.insert(memberships).values({ userId: row.id, organisationId: ids.get(orgKey) ?? '', role });
      }
    }
  });
  await seedDemoPathways(database, ids, clock.now());
  return true;
}
