import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { apiFetch } from '../../api/client';
import type { Organisation, Page, Territories } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { AdminPage } from './admin-page';
import { ListPagination } from './list-pagination';
import { OrganisationFilters } from './organisation-filters';
import { OrganisationForm } from './organisation-form';
import { OrganisationsTable } from './organisations-table';
import { ResultCount } from './result-count';
import { PAGE_SIZE, useListParams } from './use-list-params';

const FILTER_KEYS = ['q', 'kind'] as const;

/** `/admin/organisations`: search, list and create organisations. */
export function OrganisationsPage() {
  const { page, values, apply, pageHref } = useListParams(FILTER_KEYS);
  const list = useApi<Page<Organisation>>('/api/admin/organisations', { ...values, page, pageSize: PAGE_SIZE });
  const territories = useApi<Territories>('/api/territories');
  const [created, setCreated] = useState<Organisation | null>(null);

  return (
    <AdminPage title="Organisations">
      <OrganisationFilters key={`${values.q}|${values.kind}`} q={values.q} kind={values.kind} onApply={apply} />
      <ErrorAlert error={list.error} title="La liste n'a pas pu être chargée" />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && (
        <>
          <ResultCount total={list.data.total} singular="organisation" plural="organisations" empty="Aucune organisation trouvée." />
          <OrganisationsTable items={list.data.items} territories={territories.data} />
          <ListPagination total={list.data.total} page={page} pageSize={list.data.pageSize} pageHref={pageHref} />
        </>
      )}

      <section aria-labelledby="creer-organisation" className="fr-mt-6w">
        <h2 id="creer-organisation">Créer une organisation</h2>
        {created && (
          <Alert
            severity="success"
            role="status"
            small
            className="fr-mb-3w"
            closable
            onClose={() => setCreated(null)}
            description={
              <>
                L'organisation « {created.name} » a été créée.{' '}
                <Link to={`/admin/organisations/${encodeURIComponent(created.id)}`}>Voir l'organisation</Link>
              </>
            }
          />
        )}
        <OrganisationForm
          territories={territories.data}
          submitLabel="Créer l'organisation"
          onSubmit={({ siret, ...rest }) =>
            apiFetch<Organisation>('/api/admin/organisations', {
              method: 'POST',
              body: siret === null ? rest : { ...rest, siret },
            })
          }
          onSaved={(organisation) => {
            setCreated(organisation);
            list.reload();
          }}
        />
      </section>
    </AdminPage>
  );
}
