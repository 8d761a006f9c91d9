import './certifications.css';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import { ListPagination } from '../admin/list-pagination';
import { ResultCount } from '../admin/result-count';
import { CertificationCard } from './certification-card';
import { apiQuery, readSearch, SEARCH_KEYS, searchHref } from './search-params';
import { SearchFilters } from './search-filters';
import type { CertificationSearchResult } from './types';

/** `/certifications`: the public search of the RNCP and RS catalogue. */
export function CertificationSearchPage() {
  usePageTitle('Rechercher une certification');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { values, page } = readSearch(params);
  const result = useApi<CertificationSearchResult>('/api/certifications', apiQuery(values, page));
  // The form is rebuilt when the address changes (back button, shared link).
  const formKey = SEARCH_KEYS.map((k) => values[k]).join('|');

  return (
    <div className="fr-container fr-pb-6w">
      <Breadcrumb currentPageLabel="Certifications" homeLinkProps={{ to: '/' }} segments={[]} />
      <h1>Rechercher une certification</h1>
      <p>Le catalogue des certifications professionnelles (RNCP) et des certifications du Répertoire spécifique (RS), avec les informations utiles pour une VAE.</p>
      <SearchFilters key={formKey} initial={values} facets={result.data?.facets ?? null} onApply={(next) => void navigate(searchHref(next))} />
      <ErrorAlert error={result.error} title="La recherche n'a pas abouti" />
      {result.loading && <Loading label="Recherche en cours…" />}
      {result.data && (
        <section aria-labelledby="resultats">
          <h2 id="resultats">Résultats</h2>
          <ResultCount total={result.data.total} singular="certification trouvée" plural="certifications trouvées" empty="Aucune certification ne correspond à cette recherche." />
          <ol className="jalon-result-list">
            {result.data.items.map((item) => (
              <li key={item.code} className="fr-mb-2w">
                <CertificationCard item={item} />
              </li>
            ))}
          </ol>
          <ListPagination total={result.data.total} page={page} pageSize={result.data.pageSize} pageHref={(n) => searchHref(values, n)} />
        </section>
      )}
    </div>
  );
}
