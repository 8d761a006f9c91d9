import { Table } from '@codegouvfr/react-dsfr/Table';
import type { AuditEntry, Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { auditEventLabel, formatDateTime } from '../../labels';
import { AdminPage } from './admin-page';
import { AuditFilters } from './audit-filters';
import { ListPagination } from './list-pagination';
import { ResultCount } from './result-count';
import { useListParams } from './use-list-params';

const FILTER_KEYS = ['eventType', 'entityType'] as const;

function Details({ details }: { details: Record<string, unknown> }) {
  if (Object.keys(details).length === 0) return <>—</>;
  return (
    <details>
      <summary>Voir le détail</summary>
      <pre className="jalon-pre">{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}

/** `/admin/audit`: the audit trail, newest first, filtered by event and entity type. */
export function AuditPage() {
  const { page, values, apply, pageHref } = useListParams(FILTER_KEYS);
  const list = useApi<Page<AuditEntry>>('/api/admin/audit', { ...values, page });
  return (
    <AdminPage title="Journal d'audit">
      <AuditFilters key={`${values.eventType}|${values.entityType}`} {...values} onApply={apply} />
      <ErrorAlert error={list.error} title="Le journal n'a pas pu être chargé" />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && (
        <>
          <ResultCount total={list.data.total} singular="événement" plural="événements" empty="Aucun événement trouvé." />
          {list.data.items.length > 0 && (
            <Table
              caption="Événements du journal d'audit"
              headers={['Date', 'Auteur', 'Événement', 'Entité', 'Détails']}
              data={list.data.items.map((entry) => [
                formatDateTime(entry.occurredAt),
                entry.actorEmail ?? (entry.actorUserId ? entry.actorUserId : 'Système'),
                <span key="event">
                  {auditEventLabel(entry.eventType)}
                  <br />
                  <code className="fr-text--xs">{entry.eventType}</code>
                </span>,
                <span key="entity">
                  {entry.entityType}
                  {entry.entityId && (
                    <>
                      <br />
                      <code className="fr-text--xs">{entry.entityId}</code>
                    </>
                  )}
                </span>,
                <Details key="details" details={entry.details} />,
              ])}
            />
          )}
          <ListPagination total={list.data.total} page={page} pageSize={list.data.pageSize} pageHref={pageHref} />
        </>
      )}
    </AdminPage>
  );
}
