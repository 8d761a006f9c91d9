import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router-dom';
import type { Membership } from '../../api/types';
import { ORG_KIND_LABELS, ROLE_LABELS } from '../../labels';
import { membershipLabel } from './membership-label';

export function MembershipsTable(props: { memberships: Membership[]; onRemove: (membership: Membership) => void; pending: boolean }) {
  if (props.memberships.length === 0) return <p>Aucun rattachement.</p>;
  return (
    <Table
      caption="Rattachements du compte"
      noCaption
      headers={['Organisation', 'Nature', 'Rôle', 'Action']}
      data={props.memberships.map((membership) => [
        <Link key="org" to={`/admin/organisations/${encodeURIComponent(membership.organisationId)}`}>
          {membership.organisationName}
        </Link>,
        ORG_KIND_LABELS[membership.organisationKind],
        ROLE_LABELS[membership.role],
        <Button
          key="remove"
          priority="tertiary"
          size="small"
          disabled={props.pending}
          onClick={() => props.onRemove(membership)}
          nativeButtonProps={{ 'aria-label': `Retirer le rattachement ${membershipLabel(membership)}` }}
        >
          Retirer
        </Button>,
      ])}
    />
  );
}
