import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router-dom';
import type { MailSummary, Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { formatDateTime } from '../../labels';
import { AdminPage } from './admin-page';
import { ListPagination } from './list-pagination';
import { MailStatusBadge } from './mail-status-badge';
import { ResultCount } from './result-count';
import { useListParams } from './use-list-params';

const NO_FILTERS = [] as const;

/** `/admin/boite-envoi`: e-mails sent (or stored) by the platform. */
export function MailboxPage() {
  const { page, pageHref } = useListParams(NO_FILTERS);
  const list = useApi<Page<MailSummary>>('/api/admin/mailbox', { page });
  return (
    <AdminPage title="Boîte d'envoi">
      <ErrorAlert error={list.error} title="La boîte d'envoi n'a pas pu être chargée" />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && (
        <>
          <ResultCount total={list.data.total} singular="courriel" plural="courriels" empty="Aucun courriel." />
          {list.data.items.length > 0 && (
            <Table
              caption="Courriels de la boîte d'envoi"
              headers={['Création', 'Destinataires', 'Objet', 'Statut', 'Envoi']}
              data={list.data.items.map((mail) => [
                formatDateTime(mail.createdAt),
                mail.to.join(', '),
                <Link key="subject" to={`/admin/boite-envoi/${encodeURIComponent(mail.id)}`}>
                  {mail.subject || '(sans objet)'}
                </Link>,
                <MailStatusBadge key="status" status={mail.status} />,
                formatDateTime(mail.sentAt),
              ])}
            />
          )}
          <ListPagination total={list.data.total} page={page} pageSize={list.data.pageSize} pageHref={pageHref} />
        </>
      )}
    </AdminPage>
  );
}
