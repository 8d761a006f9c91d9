import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router-dom';
import type { User } from '../../api/types';
import { formatDate, USER_KIND_LABELS } from '../../labels';
import { membershipLabel } from './membership-label';
import { StatusBadge } from './status-badge';

export function UsersTable({ items }: { items: User[] }) {
  if (items.length === 0) return null;
  return (
    <Table
      caption="Liste des utilisateurs"
      headers={['Nom', 'Adresse électronique', 'Type de compte', 'Rattachements', 'État', 'Création']}
      data={items.map((user) => [
        <span key="name">
          <Link to={`/admin/utilisateurs/${encodeURIComponent(user.id)}`}>{user.displayName}</Link>
          {user.isPlatformAdmin && (
            <>
              {' '}
              <Badge as="span" severity="info" small noIcon>
                Admin plateforme
              </Badge>
            </>
          )}
        </span>,
        user.email,
        USER_KIND_LABELS[user.kind],
        user.memberships.length === 0 ? (
          '—'
        ) : (
          <ul key="memberships" className="jalon-plain-list">
            {user.memberships.map((membership) => (
              <li key={membership.id}>{membershipLabel(membership)}</li>
            ))}
          </ul>
        ),
        <StatusBadge key="status" disabled={user.disabled} />,
        formatDate(user.createdAt),
      ])}
    />
  );
}
