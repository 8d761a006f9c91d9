import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { formatDate } from '../../labels';
import { daysLeftText, DEADLINE_STATUS } from './pathway-labels';
import type { Pathway } from './types';

/** The pathway's deadlines, each with a status written out (not only coloured). */
export function DeadlinesSection({ deadlines }: { deadlines: Pathway['deadlines'] }) {
  return (
    <section aria-labelledby="echeances" className="fr-mt-6w">
      <h2 id="echeances">Échéances</h2>
      {deadlines.length === 0 ? (
        <p>Aucune échéance pour l’étape actuelle.</p>
      ) : (
        <ul>
          {deadlines.map((deadline) => {
            const status = DEADLINE_STATUS[deadline.status];
            return (
              <li key={`${deadline.kind}-${deadline.dueAt}`} className="fr-mb-1w">
                {deadline.label} : {formatDate(deadline.dueAt)}
                {deadline.status !== 'met' && ` (${daysLeftText(deadline.daysLeft)})`}{' '}
                <Badge as="span" severity={status.severity} small noIcon>
                  {status.label}
                </Badge>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
