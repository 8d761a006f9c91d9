import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { MailStatus } from '../../api/types';
import { MAIL_STATUS_LABELS } from '../../labels';

const SEVERITY = { queued: 'info', sent: 'success', stored: 'new', failed: 'error' } as const satisfies Record<MailStatus, string>;

export function MailStatusBadge({ status }: { status: MailStatus }) {
  return (
    <Badge as="span" severity={SEVERITY[status]} small noIcon>
      {MAIL_STATUS_LABELS[status] ?? status}
    </Badge>
  );
}
