import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PLATFORM_ADMIN_SPACE_TITLE } from '../../auth/spaces';
import { usePageTitle } from '../../components/use-page-title';
import { OtherSpaces } from './other-spaces';

const ONE_ITEM = { page: 1, pageSize: 1 };

function Counter({ title, path, description }: { title: string; path: string; description: string }) {
  const { data, error, loading } = useApi<Page<unknown>>(path, ONE_ITEM);
  const value = loading ? 'Chargement…' : error || !data ? 'Indisponible' : data.total.toLocaleString('fr-FR');
  return (
    <div className="fr-col-12 fr-col-md-4">
      <div className="fr-card fr-card--no-arrow">
        <div className="fr-card__body">
          <div className="fr-card__content">
            <h2 className="fr-card__title">{title}</h2>
            <p className="fr-card__desc">
              <span className="jalon-counter">{value}</span>
              <br />
              {description}
            </p>
          </div>
        </div>
      </div>
    </div>
  );
}

/** Home of the platform administration: counters; the sections are in the main menu. */
export function AdminHome() {
  usePageTitle(`Accueil – ${PLATFORM_ADMIN_SPACE_TITLE}`);
  return (
    <div className="fr-container fr-py-6w">
      <h1>{PLATFORM_ADMIN_SPACE_TITLE}</h1>
      <p className="fr-text--lead">
        Administration de la plateforme Jalon : organisations, groupements, comptes, journal d'audit et courriels. Les
        rubriques sont accessibles depuis le menu principal.
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <Counter title="Organisations enregistrées" path="/api/admin/organisations" description="organisations, toutes natures confondues" />
        <Counter title="Comptes" path="/api/admin/users" description="comptes de professionnels et de candidats" />
        <Counter title="Courriels" path="/api/admin/mailbox" description="courriels dans la boîte d'envoi" />
      </div>
      <OtherSpaces />
    </div>
  );
}
