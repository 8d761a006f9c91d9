import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { apiFetch } from '../../api/client';
import { departementNames } from '../../api/territories';
import type { Organisation, Territories } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useMutation } from '../../components/use-mutation';
import { formatDate, ORG_KIND_LABELS } from '../../labels';
import { AdminPage } from './admin-page';
import { loadOne } from './load-all';
import { OrganisationForm, type OrganisationValues } from './organisation-form';
import { StatusBadge } from './status-badge';
import { useAsync } from '../../api/use-async';

const PARENTS = [{ label: 'Organisations', to: '/admin/organisations' }];

function patchBody(organisation: Organisation, values: OrganisationValues) {
  const body: { name: string; departementCodes: string[]; siret?: string | null } = {
    name: values.name,
    departementCodes: values.departementCodes,
  };
  if (values.siret !== null) body.siret = values.siret;
  else if (organisation.siret !== null) body.siret = null;
  return body;
}

/** `/admin/organisations/:id`: edit an organisation, disable or enable it. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const { data: organisation, error, loading, setData } = useAsync(id, (signal) =>
    loadOne<Organisation>('/api/admin/organisations', id, signal),
  );
  const territories = useApi<Territories>('/api/territories');
  const [message, setMessage] = useState<string | null>(null);
  const toggle = useMutation();

  if (!organisation) {
    return (
      <AdminPage title="Organisation" parents={PARENTS}>
        {loading ? <Loading /> : <ErrorAlert error={error} title="Organisation introuvable" />}
      </AdminPage>
    );
  }

  const save = (values: OrganisationValues) =>
    apiFetch<Organisation>(`/api/admin/organisations/${encodeURIComponent(organisation.id)}`, {
      method: 'PATCH',
      body: patchBody(organisation, values),
    });

  const onToggle = async () => {
    setMessage(null);
    const disabled = !organisation.disabled;
    const result = await toggle.run(() =>
      apiFetch<Organisation>(`/api/admin/organisations/${encodeURIComponent(organisation.id)}`, {
        method: 'PATCH',
        body: { disabled },
      }),
    );
    if (result.ok) {
      setData(result.value);
      setMessage(disabled ? "L'organisation a été désactivée." : "L'organisation a été réactivée.");
    }
  };

  return (
    <AdminPage title={organisation.name} documentTitle={`Organisation ${organisation.name}`} parents={PARENTS}>
      {message && <Alert severity="success" role="status" small description={message} className="fr-mb-3w" />}
      <dl className="jalon-details fr-mb-4w">
        <dt>Nature</dt>
        <dd>{ORG_KIND_LABELS[organisation.kind]}</dd>
        <dt>État</dt>
        <dd>
          <StatusBadge disabled={organisation.disabled} feminine />
        </dd>
        <dt>Départements</dt>
        <dd>{departementNames(organisation.departementCodes, territories.data)}</dd>
        <dt>Création</dt>
        <dd>{formatDate(organisation.createdAt)}</dd>
      </dl>

      <section aria-labelledby="modifier-organisation">
        <h2 id="modifier-organisation">Modifier l'organisation</h2>
        <OrganisationForm
          key={organisation.id}
          initial={organisation}
          territories={territories.data}
          submitLabel="Enregistrer les modifications"
          onSubmit={save}
          onSaved={(saved) => {
            setData(saved);
            setMessage('Les modifications ont été enregistrées.');
          }}
        />
      </section>

      <section aria-labelledby="acces-organisation" className="fr-mt-6w">
        <h2 id="acces-organisation">État de l'organisation</h2>
        <p>
          {organisation.disabled
            ? "L'organisation est désactivée : elle n'est plus proposée et ses membres n'accèdent plus à ses données."
            : "Une organisation désactivée n'est plus proposée et ses membres n'accèdent plus à ses données. Elle peut être réactivée à tout moment."}
        </p>
        <ErrorAlert error={toggle.error} title="Le changement n'a pas été enregistré" />
        <Button priority={organisation.disabled ? 'primary' : 'secondary'} onClick={() => void onToggle()} disabled={toggle.pending}>
          {organisation.disabled ? "Réactiver l'organisation" : "Désactiver l'organisation"}
        </Button>
      </section>
    </AdminPage>
  );
}
