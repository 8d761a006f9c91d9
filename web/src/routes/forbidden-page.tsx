import { Link } from 'react-router-dom';
import { usePageTitle } from '../components/use-page-title';

/** Shown instead of a page the signed-in person is not allowed to see. */
export function ForbiddenPage() {
  usePageTitle('Accès refusé');
  return (
    <div className="fr-container fr-py-6w">
      <h1>Accès refusé</h1>
      <p className="fr-text--lead">Vous n'avez pas les droits nécessaires pour consulter cette page.</p>
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
