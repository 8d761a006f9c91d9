import { Link } from 'react-router-dom';
import { usePageTitle } from '../components/use-page-title';

/** Any unknown address. */
export function NotFoundPage() {
  usePageTitle('Page non trouvée');
  return (
    <div className="fr-container fr-py-6w">
      <h1>Page non trouvée</h1>
      <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
      <p className="fr-text--lead">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
      <p>
        Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus
        disponible.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Link className="fr-btn" to="/">
            Page d'accueil
          </Link>
        </li>
      </ul>
    </div>
  );
}
