import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Page, User } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { AdminPage } from './admin-page';
import { ListPagination } from './list-pagination';
import { ResultCount } from './result-count';
import { useListParams } from './use-list-params';
import { UserCreateForm } from './user-create-form';
import { UserFilters } from './user-filters';
import { UsersTable } from './users-table';

const FILTER_KEYS = ['q'] as const;

/** `/admin/utilisateurs`: search, list and create accounts. */
export function UsersPage() {
  const { page, values, apply, pageHref } = useListParams(FILTER_KEYS);
  const list = useApi<Page<User>>('/api/admin/users', { q: values.q, page });
  const [created, setCreated] = useState<User | null>(null);

  return (
    <AdminPage title="Utilisateurs">
      <UserFilters key={values.q} q={values.q} onApply={apply} />
      <ErrorAlert error={list.error} title="La liste n'a pas pu être chargée" />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && (
        <>
          <ResultCount total={list.data.total} singular="compte" plural="comptes" empty="Aucun compte trouvé." />
          <UsersTable items={list.data.items} />
          <ListPagination total={list.data.total} page={page} pageSize={list.data.pageSize} pageHref={pageHref} />
        </>
      )}

      <section aria-labelledby="creer-utilisateur" className="fr-mt-6w">
        <h2 id="creer-utilisateur">Créer un compte</h2>
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
                Le compte de {created.displayName} a été créé.{' '}
                <Link to={`/admin/utilisateurs/${encodeURIComponent(created.id)}`}>Gérer ce compte</Link>
              </>
            }
          />
        )}
        <UserCreateForm
          onCreated={(user) => {
            setCreated(user);
            list.reload();
          }}
        />
      </section>
    </AdminPage>
  );
}
