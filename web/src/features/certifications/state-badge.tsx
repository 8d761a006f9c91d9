import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { formatDay, stateSeverity } from './record-format';

/** A state as the registry words it, in a badge whose colour repeats the words, and since when. */
export function StateBadge({ state, since }: { state: string | null; since?: string | null }) {
  if (!state) return <>{since ? `Modifié le ${formatDay(since)}` : '—'}</>;
  return (
    <>
      <Badge small noIcon severity={stateSeverity(state)}>
        {state}
      </Badge>
      {since && <span className="jalon-state-since"> depuis le {formatDay(since)}</span>}
    </>
  );
}
