import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { apiFetch } from '../../api/client';
import type { Organisation } from '../../api/types';
import { useAsync } from '../../api/use-async';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useMutation } from '../../components/use-mutation';
import { loadAll } from '../admin/load-all';
import { MANAGER_SELECT_ID, RecordManagersForm } from './record-managers-form';
import { frenchList, managerCandidates, siretEditors, type Manager } from './record-managers-options';
import { CONFIRM_BUTTON_ID, RecordManagersTable, removeButtonId } from './record-managers-table';
import type { CertificationView } from './types';

const STATUS_ID = 'gestionnaires-message';
/** Every certificateur organisation (the admin list, page after page, bounded). */
const loadCertificateurOrganisations = (signal: AbortSignal) => loadAll<Organisation>('/api/admin/organisations', signal, { kind: 'certificateur' });

/**
 * "Organisations gestionnaires" of a record, for platform admins only (not printed): the
 * certificateur organisations whose agents may edit the VAE information, added and removed here.
 */
export function RecordManagers({ record }: { record: CertificationView }) {
  const { me } = useAuth();
  if (!me?.isPlatformAdmin) return null;
  return <RecordManagersSection key={record.code} code={record.code} certificateurs={record.certificateurs} />;
}

function RecordManagersSection({ code, certificateurs }: { code: string; certificateurs: CertificationView['certificateurs'] }) {
  const managersUrl = `/api/admin/certifications/${encodeURIComponent(code)}/managers`;
  const managers = useAsync(managersUrl, (signal) => apiFetch<{ items: Manager[] }>(managersUrl, { signal }));
  const organisations = useAsync('certificateurs', loadCertificateurOrganisations);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Manager | null>(null);
  const removal = useMutation();
  // The element to focus once React has rendered the change (the status, the select, a button).
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const list = managers.data?.items ?? [];
  const all = organisations.data ?? [];
  const candidates = managerCandidates(all, list.map((m) => m.organisationId));
  const bySiret = siretEditors(all, certificateurs);
  const disabledIds = new Set(all.filter((o) => o.disabled).map((o) => o.id));

  const ask = (manager: Manager) => {
    setMessage(null);
    removal.clearError();
    setConfirming(manager);
    setFocusId(CONFIRM_BUTTON_ID);
  };
  const cancel = (manager: Manager) => {
    setConfirming(null);
    removal.clearError();
    setFocusId(removeButtonId(manager.organisationId));
  };
  const remove = async (manager: Manager) => {
    const result = await removal.run(() => apiFetch<void>(`${managersUrl}/${encodeURIComponent(manager.organisationId)}`, { method: 'DELETE' }));
    if (!result.ok) return;
    setConfirming(null);
    managers.setData({ items: list.filter((m) => m.organisationId !== manager.organisationId) });
    setMessage(`${manager.name} ne gère plus cette fiche.`);
    setFocusId(MANAGER_SELECT_ID);
  };
  const added = (items: Manager[], organisation: Organisation) => {
    removal.clearError();
    managers.setData({ items });
    setMessage(`${organisation.name} gère désormais cette fiche : ses agents certificateurs peuvent en modifier les informations VAE.`);
    setFocusId(STATUS_ID);
  };

  return (
    <section aria-labelledby="gestionnaires" className="jalon-no-print fr-mt-6w">
      <h2 id="gestionnaires">Organisations gestionnaires</h2>
      <p>Leurs agents certificateurs peuvent modifier les informations VAE de cette fiche.</p>
      {bySiret.length > 0 && (
        <p>
          {frenchList(bySiret.map((o) => o.name))}
          {bySiret.length > 1
            ? ' peuvent déjà les modifier sans être gestionnaires : leur SIRET est celui d’un certificateur de la fiche.'
            : ' peut déjà les modifier sans être gestionnaire : son SIRET est celui d’un certificateur de la fiche.'}
        </p>
      )}
      <div id={STATUS_ID} role="status" tabIndex={-1}>
        {message && <Alert severity="success" role={undefined} small description={message} className="fr-mb-3w" />}
      </div>
      <ErrorAlert error={removal.error} title="L’organisation n’a pas été retirée" />
      {managers.data ? (
        <RecordManagersTable
          managers={list}
          disabledIds={disabledIds}
          confirming={confirming}
          pending={removal.pending}
          onAsk={ask}
          onConfirm={(m) => void remove(m)}
          onCancel={cancel}
        />
      ) : managers.loading ? (
        <Loading label="Chargement des organisations gestionnaires…" />
      ) : (
        <ErrorAlert error={managers.error} title="Les organisations gestionnaires n’ont pas pu être chargées" />
      )}
      {organisations.error ? (
        <ErrorAlert error={organisations.error} title="Les organisations certificatrices n’ont pas pu être chargées" />
      ) : organisations.data && managers.data ? (
        candidates.length > 0 ? (
          <RecordManagersForm code={code} candidates={candidates} onAdded={added} />
        ) : (
          <p>
            {all.length === 0 ? 'Aucune organisation de nature « Certificateur » n’est enregistrée.' : 'Toutes les organisations certificatrices gèrent déjà cette fiche.'}{' '}
            <Link to="/admin/organisations">Gérer les organisations</Link>
          </p>
        )
      ) : null}
    </section>
  );
}
