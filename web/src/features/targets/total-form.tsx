import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent, type ReactNode } from 'react';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import type { Mutation } from '../../components/use-mutation';
import type { Agreement, Line } from './types';

/**
 * A line's figures that must add up to its objective (the monthly plan, the groupement's split):
 * the fields in one fieldset, the running total against the objective as one types, then a PUT
 * whose answer is the whole agreement. The server decides and says why when it refuses.
 */
export function TotalForm(props: {
  id: string;
  legend: ReactNode;
  line: Line;
  sum: number;
  /** The running total's sentence, e.g. "Total du plan : 7 sur un objectif de 10". */
  total: ReactNode;
  mutation: Mutation;
  request: { url: string; body: unknown };
  onSaved: (a: Agreement) => void;
  texts: { error: string; saved: string; submit: string };
  children: ReactNode;
}) {
  const { id, line, sum, mutation, request, texts } = props;
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await mutation.run(() => apiFetch<Agreement>(request.url, { method: 'PUT', body: request.body }));
    if (result.ok) {
      setSaved(true);
      props.onSaved(result.value);
    }
  };
  return (
    <form aria-labelledby={id} onSubmit={(e) => void submit(e)} className="fr-mb-3w">
      <fieldset className="fr-fieldset" aria-describedby={`${id}-somme`}>
        <legend id={id} className="fr-fieldset__legend">
          {props.legend}
        </legend>
        {props.children}
      </fieldset>
      <p id={`${id}-somme`} className={sum === line.quantity ? 'fr-message fr-message--valid' : 'fr-message fr-message--warning'} aria-live="polite">
        {props.total}
      </p>
      <ErrorAlert error={mutation.error} title={texts.error} />
      {saved && (
        <p role="status" className="fr-message fr-message--valid">
          {texts.saved}
        </p>
      )}
      <Button type="submit" priority="secondary" disabled={mutation.pending}>
        {texts.submit}
      </Button>
    </form>
  );
}
