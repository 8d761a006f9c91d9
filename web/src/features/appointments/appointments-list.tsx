import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router-dom';
import { appointmentPath, formatSlot, formatWhere } from './appointment-format';
import type { AppointmentSummary } from './types';

/** Appointments as a list of links, with their status and who signed. */
export function AppointmentsList({ items, empty }: { items: AppointmentSummary[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="jalon-plain-list">
      {items.map((a) => {
        const signed = a.participants.filter((p) => p.signedAt).length;
        return (
          <li key={a.id} className="fr-mb-2w">
            <Link to={appointmentPath(a.id)}>{a.title}</Link> — {formatSlot(a)} ; {formatWhere(a)}{' '}
            {a.status === 'cancelled' ? (
              <Badge as="span" severity="error" small noIcon>
                Annulé
              </Badge>
            ) : (
              <Badge as="span" small noIcon>
                {signed}/{a.participants.length} émargement{a.participants.length > 1 ? 's' : ''}
              </Badge>
            )}
          </li>
        );
      })}
    </ul>
  );
}
