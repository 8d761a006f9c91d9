import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { formatDate } from '../../labels';
import { DateField, TextAreaField } from '../pathways/form-fields';
import type { Entry } from './types';

/** The structure's history of exchanges with a partner, and a form to note a new one. */
export function Exchanges({ entry, onAdded }: { entry: Entry; onAdded: () => void }) {
  const [draft, setDraft] = useState({ occurredOn: new Date().toISOString().slice(0, 10), summary: '' });
  const mutation = useMutation();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await mutation.run(() => apiFetch<Entry>(`/api/network/entries/${encodeURIComponent(entry.id)}/exchanges`, { method: 'POST', body: draft }));
    if (result.ok) {
      setDraft((d) => ({ ...d, summary: '' }));
      onAdded();
    }
  };
  return (
    <details className="fr-mb-1w">
      <summary>Historique des échanges ({entry.exchanges.length})</summary>
      <ul>
        {entry.exchanges.map((x) => (
          <li key={x.id}>
            {formatDate(x.occurredOn)}
            {x.authorName && ` (${x.authorName})`} : {x.summary}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={`Noter un échange avec ${entry.name}`}>
        <ErrorAlert error={mutation.error} title="L’échange n’a pas été noté" fields={['occurredOn', 'summary']} />
        <DateField label="Date de l’échange" name="occurredOn" value={draft.occurredOn} onChange={(occurredOn) => setDraft((d) => ({ ...d, occurredOn }))} error={mutation.fieldError('occurredOn')} />
        <TextAreaField label="Résumé de l’échange" name="summary" value={draft.summary} onChange={(summary) => setDraft((d) => ({ ...d, summary }))} error={mutation.fieldError('summary')} />
        <Button type="submit" size="small" priority="secondary" disabled={mutation.pending}>
          Noter l’échange
        </Button>
      </form>
    </details>
  );
}
