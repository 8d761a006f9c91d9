import { Button } from '@codegouvfr/react-dsfr/Button';
import { ACCESS_VIA_LABELS, SHARE_SCOPE_LABELS } from '../../../../common/sharing';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useMutation } from '../../components/use-mutation';
import { formatDate, formatDateTime } from '../../labels';
import { Heading, type HeadingLevel } from '../candidate-space/heading';
import { ShareForm } from './share-form';
import type { AccessLogEntry, Grant, GrantList } from './types';

/**
 * In "Qui voit mon dossier": what the candidate shared with whom (and withdraws at any time), and the
 * access log — who looked at which part, when. Without a grant, an organisation reads only what its
 * role in the pathway needs.
 */
export function SharingSection({ pathwayId, level }: { pathwayId: string; level: HeadingLevel }) {
  const grants = useApi<GrantList>(`/api/pathways/${encodeURIComponent(pathwayId)}/grants`);
  const log = useApi<{ items: AccessLogEntry[] }>(`/api/pathways/${encodeURIComponent(pathwayId)}/access-log`);
  const sub = (level + 1) as 3 | 4;
  const id = `partage-${pathwayId}`;
  const reload = () => {
    grants.reload();
    log.reload();
  };
  const active = grants.data?.items.filter((g) => g.active) ?? [];
  return (
    <section aria-labelledby={id} className="fr-mt-4w">
      <Heading level={sub} id={id}>
        Ce que j’ai partagé
      </Heading>
      <p>
        Chaque organisation ne consulte que ce dont elle a besoin pour son rôle : votre référent tient votre livret de suivi, le
        certificateur lit les livrets qu’il instruit. Pour le reste, c’est vous qui décidez, et vous pouvez retirer un partage à tout moment.
      </p>
      <ErrorAlert error={grants.error} title="Vos partages n’ont pas pu être chargés" />
      {grants.loading && !grants.data && <Loading />}
      {grants.data && (active.length === 0 ? <p>Vous n’avez rien partagé pour l’instant.</p> : (
        <ul>
          {active.map((g) => (
            <ActiveGrant key={g.id} pathwayId={pathwayId} grant={g} onWithdrawn={reload} />
          ))}
        </ul>
      ))}
      {grants.data && <ShareForm pathwayId={pathwayId} organisations={grants.data.organisations} onShared={reload} />}
      <AccessLog id={`consultations-${pathwayId}`} level={sub} log={log} />
    </section>
  );
}

function ActiveGrant({ pathwayId, grant, onWithdrawn }: { pathwayId: string; grant: Grant; onWithdrawn: () => void }) {
  const mutation = useMutation();
  const withdraw = async () => {
    const result = await mutation.run(() => apiFetch<Grant>(`/api/pathways/${encodeURIComponent(pathwayId)}/grants/${grant.id}`, { method: 'DELETE' }));
    if (result.ok) onWithdrawn();
  };
  return (
    <li className="fr-mb-2w">
      <strong>{grant.organisationName}</strong> : {grant.scopes.map((s) => SHARE_SCOPE_LABELS[s].toLowerCase()).join(', ')} (depuis le {formatDate(grant.grantedAt)}){' '}
      <Button size="small" priority="secondary" onClick={() => void withdraw()} disabled={mutation.pending}>
        Retirer le partage<span className="fr-sr-only"> avec {grant.organisationName}</span>
      </Button>
      <ErrorAlert error={mutation.error} title="Le partage n’a pas été retiré" />
    </li>
  );
}

function AccessLog({ id, level, log }: { id: string; level: 3 | 4; log: { data: { items: AccessLogEntry[] } | null; error: Parameters<typeof ErrorAlert>[0]['error']; loading: boolean } }) {
  return (
    <>
      <Heading level={level} id={id}>
        Qui a consulté mon dossier
      </Heading>
      <ErrorAlert error={log.error} title="Le journal des consultations n’a pas pu être chargé" />
      {log.loading && !log.data && <Loading />}
      {log.data && (log.data.items.length === 0 ? <p>Personne n’a encore consulté votre livret ni vos documents.</p> : (
        <div className="fr-table fr-table--no-caption">
          <table aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Personne</th>
                <th scope="col">Organisation</th>
                <th scope="col">Ce qui a été consulté</th>
                <th scope="col">À quel titre</th>
              </tr>
            </thead>
            <tbody>
              {log.data.items.map((e, i) => (
                <tr key={`${e.at}-${i}`}>
                  <td>{formatDateTime(e.at)}</td>
                  <td>{e.userName}</td>
                  <td>{e.organisationName ?? '—'}</td>
                  <td>{e.label}</td>
                  <td>{ACCESS_VIA_LABELS[e.via]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
