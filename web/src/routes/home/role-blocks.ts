/**
 * What each professional role finds on its home page. A block gets a `path` once the screen
 * it points to exists; until then it is shown as a plain description of the role's work.
 */
import type { Role } from '../../api/types';

export interface HomeBlock {
  title: string;
  description: string;
  path?: string;
}

export const ROLE_HOME_BLOCKS: Record<Role, HomeBlock[]> = {
  referent: [
    { title: 'Mes candidats', description: 'Les candidats que vous suivez en assistance renforcée et l\'étape de leur parcours.', path: '/parcours' },
    { title: 'À traiter', description: 'Diagnostics à compléter, engagements à relancer et justificatifs à recueillir.', path: '/assistance/a-traiter' },
    { title: 'Agenda', description: 'Vos rendez-vous avec les candidats et les échéances de leur rétroplanning.', path: '/agenda' },
    { title: 'Réseau partenaires', description: 'Votre carnet d\'adresses de partenaires, les mises en relation et leur résultat.', path: '/reseau' },
    { title: 'Satisfaction et réclamations', description: 'Les questionnaires de satisfaction des candidats, leurs résultats et les réclamations reçues.', path: '/satisfaction' },
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
    { title: 'Tableau de bord', description: 'L\'activité de la structure au regard des objectifs annuels fixés par département.' },
    { title: 'Rapports', description: 'Les rapports quantitatifs, qualitatifs et financiers à signer et à transmettre au commanditaire.' },
    { title: 'Satisfaction et réclamations', description: 'Les questionnaires de satisfaction des candidats, leurs résultats et les réclamations reçues.', path: '/satisfaction' },
  ],
  funder_analyst: [
    { title: 'Parcours financés', description: 'Les parcours que votre organisme finance et leur avancement.', path: '/parcours' },
    { title: 'Indicateurs', description: 'Les indicateurs d\'activité et de résultat des parcours financés.' },
  ],
  school_staff: [
    { title: 'Élèves inscrits', description: 'Les élèves inscrits à la procédure Passpro et leur établissement d\'origine.' },
    { title: 'Entretiens', description: 'Le planning des entretiens avec les élèves et les lettres de motivation reçues.' },
  ],
  admin: [
    { title: 'Membres de l\'organisation', description: 'Les professionnels de votre organisation et leurs rôles.' },
  ],
};
