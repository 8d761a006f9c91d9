import { useMe } from '../../auth/auth-context';
import { CANDIDATE_SPACE_TITLE } from '../../auth/spaces';
import { usePageTitle } from '../../components/use-page-title';
import { HomeNextAction } from '../../features/candidate-space/home-next-action';
import { OtherSpaces } from './other-spaces';

export function CandidateHome() {
  const me = useMe();
  usePageTitle(`Accueil – ${CANDIDATE_SPACE_TITLE}`);
  return (
    <div className="fr-container fr-py-6w">
      <h1>{CANDIDATE_SPACE_TITLE}</h1>
      <p className="fr-text--lead">Bonjour {me.displayName}, bienvenue dans votre espace.</p>

      <HomeNextAction />

      <section aria-labelledby="coordonnees-titre">
        <h2 id="coordonnees-titre">Mes coordonnées</h2>
        <dl className="jalon-details">
          <dt>Nom</dt>
          <dd>{me.displayName}</dd>
          <dt>Adresse électronique</dt>
          <dd>{me.email}</dd>
        </dl>
        <p className="fr-text--sm">
          Pour corriger ces informations, adressez-vous à la personne qui suit votre parcours (référent ou accompagnateur).
        </p>
      </section>
      <OtherSpaces />
    </div>
  );
}
