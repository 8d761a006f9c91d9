import { Select } from '@codegouvfr/react-dsfr/Select';
import { useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../labels';
import { filterTimeline, TIMELINE_FILTERS } from './timeline';
import type { Pathway } from './types';

/** The pathway's history, filtered client-side; the filter lives in `?historique=` to be shared. */
export function TimelineSection({ timeline }: { timeline: Pathway['timeline'] }) {
  const [params, setParams] = useSearchParams();
  const filter = params.get('historique') ?? '';
  const entries = filterTimeline(timeline, filter);

  const onChange = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('historique', value);
    else next.delete('historique');
    // Replace: a filter change is not a page the back button should step through.
    setParams(next, { replace: true, preventScrollReset: true });
  };

  return (
    <section aria-labelledby="historique" className="fr-mt-6w">
      <h2 id="historique">Historique</h2>
      <Select label="Afficher" nativeSelectProps={{ name: 'historique', value: filter, onChange: (e) => onChange(e.target.value) }}>
        {TIMELINE_FILTERS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      <p role="status" className="fr-hint-text">
        {entries.length === 0 ? 'Aucun événement.' : `${entries.length} ${entries.length > 1 ? 'événements' : 'événement'}`}
      </p>
      {entries.length > 0 && (
        <ol>
          {entries.map((entry) => (
            <li key={`${entry.kind}-${entry.id}`}>
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> – {entry.kind === 'document' ? 'Document' : 'Étape'} : {entry.label}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
