import { Link } from 'react-router-dom';
import { StaticPage } from '../components/static-page';

/** `/mentions-legales`. */
export function LegalNoticePage() {
  return (
    <StaticPage title="Mentions légales">
      <h2>Éditeur</h2>
      <p>
        Jalon est édité pour le compte des organisations qui mettent en œuvre les parcours de validation des acquis de
        l'expérience (VAE) et l'assistance renforcée des candidats. L'identité de l'éditeur et du directeur ou de la
        directrice de la publication est précisée par l'organisation qui déploie le service.
      </p>
      <h2>Hébergement</h2>
      <p>Le service est hébergé en France, chez un hébergeur désigné par l'organisation qui le déploie.</p>
      <h2>Accessibilité</h2>
      <p>
        La conformité aux normes d'accessibilité est décrite dans la <Link to="/accessibilite">déclaration d'accessibilité</Link>.
      </p>
      <h2>Données personnelles</h2>
      <p>
        Le traitement des données personnelles est décrit dans la page <Link to="/donnees-personnelles">Données personnelles</Link>.
      </p>
      <h2>Propriété intellectuelle</h2>
      <p>
        Le service utilise le Système de design de l'État (DSFR). La marque de l'État et la police Marianne sont à usage
        exclusif des services de l'État.
      </p>
    </StaticPage>
  );
}
