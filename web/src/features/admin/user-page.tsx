import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { apiFetch } from '../../api/client';
import type { Membership, Organisation, User } from '../../api/types';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useMutation } from '../../components/use-mutation';
import { formatDate, USER_KIND_LABELS } from '../../labels';
import { AdminPage } from './admin-page';
import { loadAll, loadOne } from './load-all';
import { MembershipAddForm } from './membership-add-form';
import { membershipLabel } from './membership-label';
import { MembershipsTable } from './memberships-table';
import { StatusBadge } from './status-badge';
import { useAsync } from '../../api/use-async';
import { UserNameForm } from './user-name-form';

const PARENTS = [{ label: 'Utilisateurs', to: '/admin/utilisateurs' }];

/** `/admin/utilisateurs/:id`: an account, its memberships, and its access. */
export function UserPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const user = useAsync(id, (signal) => loadOne<User>('/api/admin/users', id, signal));
  const organisations = useAsync('organisations', (signal) => loadAll<Organisation>('/api/admin/organisations', signal));
  const [message, setMessage] = useState<string | null>(null);
  const action = useMutation();

  if (!user.data) {
    return (
      <AdminPage title="Compte" parents={PARENTS}>
        {user.loading ? <Loading /> : <ErrorAlert error={user.error} title="Compte introuvable" />}
      </AdminPage>
    );
  }
  const account = user.data;
  const isSelf = account.id === me.id;

  const onRemove = async (membership: Membership) => {
    setMessage(null);
    const result = await action.run(() =>
      apiFetch<void>(`/api/admin/memberships/${encodeURIComponent(membership.id)}`, { method: 'DELETE' }),
    );
    if (result.ok) {
      user.setData({ ...account, memberships: account.memberships.filter((m) => m.id !== membership.id) });
      setMessage(`Le rattachement « ${membershipLabel(membership)} » a été retiré.`);
      document.getElementById('rattachements')?.focus();
    }
  };

  const onToggle = async () => {
    setMessage(null);
    const disabled = !account.disabled;
    const result = await action.run(() =>
      apiFetch<User>(`/api/admin/users/${encodeURIComponent(account.id)}`, { method: 'PATCH', body: { disabled } }),
    );
    if (result.ok) {
      user.setData(result.value);
      setMessage(disabled ? 'Le compte a été désactivé.' : 'Le compte a été réactivé.');
    }
  };

  return (
    <AdminPage title={account.displayName} documentTitle={`Compte de ${account.displayName}`} parents={PARENTS}>
      {message && <Alert severity="success" role="status" small description={message} className="fr-mb-3w" />}
      <ErrorAlert error={action.error} title="L'opération n'a pas abouti" />
      <dl className="jalon-details fr-mb-4w">
        <dt>Adresse électronique</dt>
        <dd>{account.email}</dd>
        <dt>Type de compte</dt>
        <dd>{USER_KIND_LABELS[account.kind]}</dd>
        <dt>Administration de la plateforme</dt>
        <dd>{account.isPlatformAdmin ? 'Oui' : 'Non'}</dd>
        <dt>État</dt>
        <dd>
          <StatusBadge disabled={account.disabled} />
        </dd>
        <dt>Création</dt>
        <dd>{formatDate(account.createdAt)}</dd>
      </dl>

      <section aria-labelledby="nom-compte">
        <h2 id="nom-compte">Modifier le nom</h2>
        <UserNameForm
          key={account.id}
          user={account}
          onSaved={(saved) => {
            user.setData(saved);
            setMessage('Le nom a été modifié.');
          }}
        />
      </section>

      <section aria-labelledby="rattachements" className="fr-mt-6w">
        <h2 id="rattachements" tabIndex={-1}>
          Rattachements
        </h2>
        {account.kind === 'candidate' ? (
          <p>Les comptes de candidats ne sont rattachés à aucune organisation.</p>
        ) : (
          <>
            <MembershipsTable memberships={account.memberships} onRemove={(m) => void onRemove(m)} pending={action.pending} />
            <h3 className="fr-mt-4w">Ajouter un rattachement</h3>
            <ErrorAlert error={organisations.error} title="Les organisations n'ont pas pu être chargées" />
            <MembershipAddForm
              userId={account.id}
              organisations={organisations.data ?? []}
              onAdded={() => {
                setMessage('Le rattachement a été ajouté.');
                user.reload();
              }}
            />
          </>
        )}
      </section>

      <section aria-labelledby="etat-compte" className="fr-mt-6w">
        <h2 id="etat-compte">État du compte</h2>
        {isSelf ? (
          <p>Vous ne pouvez pas désactiver votre propre compte.</p>
        ) : (
          <>
            <p>
              {account.disabled
                ? 'Ce compte est désactivé : la personne ne peut plus se connecter.'
                : 'Un compte désactivé ne peut plus se connecter ; ses données sont conservées. Il peut être réactivé à tout moment.'}
            </p>
            <Button priority={account.disabled ? 'primary' : 'secondary'} onClick={() => void onToggle()} disabled={action.pending}>
              {account.disabled ? 'Réactiver le compte' : 'Désactiver le compte'}
            </Button>
          </>
        )}
      </section>
    </AdminPage>
  );
}
