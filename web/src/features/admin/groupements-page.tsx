import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import type { Groupement, Organisation } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { AdminPage } from './admin-page';
import { GroupementForm } from './groupement-form';
import { loadAll } from './load-all';
import { ResultCount } from './result-count';
import { useAsync } from '../../api/use-async';

/** `/admin/groupements`: groups of organisations, optionally under a commanditaire. */
export function GroupementsPage() {
  const list = useApi<{ items: Groupement[] }>('/api/admin/groupements');
  const organisations = useAsync('organisations', (signal) => loadAll<Organisation>('/api/admin/organisations', signal));
  const [created, setCreated] = useState<Groupement | null>(null);
  const nameOf = (id: string) => organisations.data?.find((organisation) => organisation.id === id)?.name ?? id;

  return (
    <AdminPage title="Groupements">
      <ErrorAlert error={list.error} title="La liste n'a pas pu être chargée" />
      <ErrorAlert error={organisations.error} title="Les organisations n'ont pas pu être chargées" />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && (
        <>
          <ResultCount total={list.data.items.length} singular="groupement" plural="groupements" empty="Aucun groupement." />
          {list.data.items.length > 0 && (
            <Table
              caption="Liste des groupements"
              headers={['Nom', 'Commanditaire', 'Organisations membres']}
              data={list.data.items.map((groupement) => [
                groupement.name,
                groupement.commanditaireId ? nameOf(groupement.commanditaireId) : '—',
                groupement.memberIds.length === 0 ? (
                  '—'
                ) : (
                  <ul key="members" className="jalon-plain-list">
                    {groupement.memberIds.map((memberId) => (
                      <li key={memberId}>{nameOf(memberId)}</li>
                    ))}
                  </ul>
                ),
              ])}
            />
          )}
        </>
      )}
      <section aria-labelledby="creer-groupement" className="fr-mt-6w">
        <h2 id="creer-groupement">Créer un groupement</h2>
        {created && (
          <Alert
            severity="success"
            role="status"
            small
            closable
            onClose={() => setCreated(null)}
            className="fr-mb-3w"
            description={`Le groupement « ${created.name} » a été créé.`}
          />
        )}
        <GroupementForm
          organisations={organisations.data ?? []}
          onCreated={(groupement) => {
            setCreated(groupement);
            list.reload();
          }}
        />
      </section>
    </AdminPage>
  );
}
