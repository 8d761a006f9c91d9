import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router-dom';
import { departementNames } from '../../api/territories';
import type { Organisation, Territories } from '../../api/types';
import { formatDate, ORG_KIND_LABELS } from '../../labels';
import { StatusBadge } from './status-badge';

export function OrganisationsTable({ items, territories }: { items: Organisation[]; territories: Territories | null }) {
  if (items.length === 0) return null;
  return (
    <Table
      caption="Liste des organisations"
      noCaption={false}
      headers={['Nom', 'Nature', 'SIRET', 'Départements', 'État', 'Création']}
      data={items.map((organisation) => [
        <Link key="name" to={`/admin/organisations/${encodeURIComponent(organisation.id)}`}>
          {organisation.name}
        </Link>,
        ORG_KIND_LABELS[organisation.kind],
        organisation.siret ?? '—',
        departementNames(organisation.departementCodes, territories),
        <StatusBadge key="status" disabled={organisation.disabled} feminine />,
        formatDate(organisation.createdAt),
      ])}
    />
  );
}
