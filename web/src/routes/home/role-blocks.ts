/**
 * What each professional role finds on its home page. A block gets a `path` once the screen
 * it points to exists; until then it is shown as a plain description of the role's work.
 */
import type { OrgKind, Role } from '../../api/types';

export interface HomeBlock {
  title: string;
  description: string;
  path?: string;
  /** Shown only when the role is held in an organisation of one of these kinds. */
  kinds?: OrgKind[];
}

export const ROLE_HOME_BLOCKS: Record<Role, HomeBlock[]> = {
  referent: [
    { title: 'Mes candidats', description: 'Les candidats que vous suivez en assistance renforcée et l\'étape de leur parcours.', path: '/parcours' },
    { title: 'À traiter', description: 'Diagnostics à compléter, engagements à relancer et justificatifs à recueillir.', path: '/assistance/a-traiter' },
    { title: 'Agenda', description: 'Vos rendez-vous avec les candidats et les échéances de leur rétroplanning.', path: '/agenda' },
    { title: 'Réseau partenaires', description: 'Votre carnet d\'adresses de partenaires, les mises en relation et leur résultat.', path: '/reseau' },
    { title: 'Satisfaction et réclamations', description: 'Les questionnaires de satisfaction des candidats, leurs résultats et les réclamations reçues.', path: '/satisfaction' },
    { title: 'Mon tableau de bord', description: 'Vos candidats par phase, ce qui est à traiter, votre agenda et le réalisé du mois au regard du plan.', path: '/tableau-de-bord/referent', kinds: ['counselling_structure'] },
    { title: 'Conventions et objectifs', description: 'Les objectifs annuels de la structure et le plan mensuel à lisser.', path: '/objectifs', kinds: ['counselling_structure'] },
  ],
  accompagnateur: [
    { title: 'Mes accompagnements', description: 'Les candidats que vous accompagnez vers le jury et le programme convenu avec chacun.', path: '/parcours' },
    { title: 'Séances', description: 'Les séances planifiées, les feuilles d\'émargement et le livret de suivi.', path: '/agenda' },
    { title: 'Satisfaction et réclamations', description: 'Les questionnaires de satisfaction des candidats, leurs résultats et les réclamations reçues.', path: '/satisfaction' },
  ],
  conseiller: [
    { title: 'Personnes orientées', description: 'Les personnes informées et orientées vers une certification et un accompagnement.', path: '/parcours' },
    { title: 'Propositions d\'assistance renforcée', description: 'Les personnes pour lesquelles vous proposez une assistance renforcée.' },
  ],
  certificateur_agent: [
    { title: 'Dossiers à instruire', description: 'Les dossiers de faisabilité reçus et le délai de deux mois pour statuer sur leur recevabilité.', path: '/certificateur/dossiers' },
    { title: 'Jurys', description: 'Les convocations, les résultats et les préconisations des jurys.', path: '/certificateur/dossiers' },
  ],
  director: [
    { title: 'Tableau de bord', description: 'L\'activité de la structure au regard des objectifs annuels fixés par département.', path: '/tableau-de-bord/structure' },
    { title: 'Conventions et objectifs', description: 'Les conventions du commanditaire, la répartition des objectifs entre les structures du groupement et le plan mensuel.', path: '/objectifs' },
    { title: 'Rapports', description: 'Les rapports quantitatifs, qualitatifs et financiers à signer et à transmettre au commanditaire.', path: '/rapports' },
    { title: 'Satisfaction et réclamations', description: 'Les questionnaires de satisfaction des candidats, leurs résultats et les réclamations reçues.', path: '/satisfaction' },
  ],
  funder_analyst: [
    { title: 'Parcours financés', description: 'Les parcours que votre organisme finance et leur avancement.', path: '/parcours' },
    { title: 'Indicateurs', description: 'Les indicateurs d\'activité et de résultat des parcours financés.', kinds: ['funder'] },
    { title: 'Conventions et objectifs', description: 'Vos conventions annuelles : objectifs par territoire et par service, budget, plan mensuel.', path: '/objectifs', kinds: ['commanditaire'] },
    { title: 'Tableau de bord', description: 'Le réalisé des structures et des territoires au regard des objectifs, les résultats, les durées, les appuis et la satisfaction.', path: '/tableau-de-bord/commanditaire', kinds: ['commanditaire'] },
    { title: 'Statistiques régionales', description: 'Les statistiques anonymisées de toutes les structures de la région.', path: '/tableau-de-bord/ressources', kinds: ['resource_centre'] },
    { title: 'Rapports et documents', description: 'Les rapports annuels reçus des structures, les attestations de démarrage et la planification de l\'activité.', path: '/rapports', kinds: ['commanditaire'] },
    { title: 'Export des statistiques', description: 'Le fichier CSV des statistiques anonymisées de la région.', path: '/rapports', kinds: ['resource_centre'] },
  ],
  school_staff: [
    { title: 'Élèves inscrits', description: 'Les élèves inscrits à la procédure Passpro et leur établissement d\'origine.' },
    { title: 'Entretiens', description: 'Le planning des entretiens avec les élèves et les lettres de motivation reçues.' },
  ],
  admin: [
    { title: 'Membres de l\'organisation', description: 'Les professionnels de votre organisation et leurs rôles.' },
    { title: 'Conventions et objectifs', description: 'Les conventions annuelles du commanditaire et leurs objectifs.', path: '/objectifs', kinds: ['commanditaire'] },
    { title: 'Tableau de bord', description: 'Le réalisé au regard des objectifs, sans nom de candidat.', path: '/tableau-de-bord/commanditaire', kinds: ['commanditaire'] },
  ],
};
