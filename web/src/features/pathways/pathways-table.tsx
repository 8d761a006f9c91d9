import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router-dom';
import { formatDate } from '../../labels';
import { candidateName, stateSeverity } from './pathway-labels';
import type { PathwaySummary } from './types';

function OverdueBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Badge as="span" severity="error" small noIcon>
      {count > 1 ? `${count} échéances dépassées` : 'Échéance dépassée'}
    </Badge>
  );
}

/** One row per pathway; the candidate's name links to the pathway page. */
export function PathwaysTable({ items }: { items: PathwaySummary[] }) {
  if (items.length === 0) return null;
  return (
    <Table
      caption="Liste des parcours"
      headers={['Candidat', 'Certification', 'Étape', 'Blocs restants', 'Échéances', 'Dernier contact']}
      data={items.map((pathway) => [
        <Link key="name" to={`/parcours/${encodeURIComponent(pathway.id)}`}>
          {candidateName(pathway.candidate)}
        </Link>,
        <span key="certification">
          {pathway.certification.code} – {pathway.certification.title}
        </span>,
        <span key="state">
          <Badge as="span" severity={stateSeverity(pathway.state)} small noIcon>
            {pathway.stateLabel}
          </Badge>
          {pathway.cycle > 1 && <> (cycle {pathway.cycle})</>}
        </span>,
        String(pathway.remainingBlocs),
        pathway.overdueDeadlines.length === 0 ? 'À jour' : <OverdueBadge key="overdue" count={pathway.overdueDeadlines.length} />,
        formatDate(pathway.lastContactAt),
      ])}
    />
  );
}
