import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useParams } from 'react-router-dom';
import type { MailMessage } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { formatDateTime } from '../../labels';
import { AdminPage } from './admin-page';
import { MailStatusBadge } from './mail-status-badge';

const PARENTS = [{ label: "Boîte d'envoi", to: '/admin/boite-envoi' }];

/** `/admin/boite-envoi/:id`: one e-mail, its text version and, if any, the sending error. */
export function MailMessagePage() {
  const { id = '' } = useParams();
  const { data: mail, error, loading } = useApi<MailMessage>(`/api/admin/mailbox/${encodeURIComponent(id)}`);
  if (!mail) {
    return (
      <AdminPage title="Courriel" parents={PARENTS}>
        {loading ? <Loading /> : <ErrorAlert error={error} title="Courriel introuvable" />}
      </AdminPage>
    );
  }
  const subject = mail.subject || '(sans objet)';
  return (
    <AdminPage title={subject} documentTitle={`Courriel ${subject}`} parents={PARENTS}>
      {mail.error && <Alert severity="error" title="Erreur d'envoi" description={mail.error} className="fr-mb-3w" />}
      <dl className="jalon-details fr-mb-4w">
        <dt>Destinataires</dt>
        <dd>{mail.to.join(', ')}</dd>
        <dt>Statut</dt>
        <dd>
          <MailStatusBadge status={mail.status} />
        </dd>
        <dt>Création</dt>
        <dd>{formatDateTime(mail.createdAt)}</dd>
        <dt>Envoi</dt>
        <dd>{formatDateTime(mail.sentAt)}</dd>
      </dl>
      <h2>Texte du message</h2>
      <pre className="jalon-pre jalon-mail-text">{mail.text}</pre>
      {mail.html && (
        <details className="fr-mt-3w">
          <summary>Afficher le code HTML du message</summary>
          <pre className="jalon-pre">{mail.html}</pre>
        </details>
      )}
    </AdminPage>
  );
}
