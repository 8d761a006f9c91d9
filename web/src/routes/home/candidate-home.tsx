import { Card } from '@codegouvfr/react-dsfr/Card';
import { useMe } from '../../auth/auth-context';
import { CANDIDATE_SPACE_TITLE } from '../../auth/spaces';
import { usePageTitle } from '../../components/use-page-title';
import { OtherSpaces } from './other-spaces';

export function CandidateHome() {
  const me = useMe();
  usePageTitle(`Accueil – ${CANDIDATE_SPACE_TITLE}`);
  return (
    <div className="fr-container fr-py-6w">
      <h1>{CANDIDATE_SPACE_TITLE}</h1>
      <p className="fr-text--lead">Bonjour {me.displayName}, bienvenue dans votre espace.</p>

      <div className="fr-grid-row fr-grid-row--gutters fr-mb-6w">
        <div className="fr-col-12 fr-col-md-6">
          <Card
            title="Votre parcours VAE"
            titleAs="h2"
            desc="Les étapes de votre validation des acquis de l'expérience, de la recevabilité au jury."
            enlargeLink
            linkProps={{ to: '/mon-parcours' }}
          />
        </div>
      </div>

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
