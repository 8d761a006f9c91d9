import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { MONTH_LABELS } from '../../../../common/targets';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import type { Agreement, Line } from './types';

/**
 * The monthly plan of a line: twelve whole numbers whose sum must be the line's objective. The sum
 * is shown as one types; the server decides (and says why when it refuses).
 */
export function PlanEditor({ line, onSaved }: { line: Line; onSaved: (a: Agreement) => void }) {
  const [months, setMonths] = useState(line.months.map(String));
  const [saved, setSaved] = useState(false);
  const mutation = useMutation();
  const sum = months.reduce((s, m) => s + (Number(m) || 0), 0);
  const id = `plan-${line.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await mutation.run(() => apiFetch<Agreement>(`/api/target-lines/${line.id}/months`, { method: 'PUT', body: { months: months.map((m) => Number(m)) } }));
    if (result.ok) {
      setSaved(true);
      onSaved(result.value);
    }
  };
  return (
    <form aria-labelledby={id} onSubmit={(e) => void submit(e)} className="fr-mb-3w">
      <fieldset className="fr-fieldset" aria-describedby={`${id}-somme`}>
        <legend id={id} className="fr-fieldset__legend">
          Plan mensuel (objectif {line.quantity})
        </legend>
        {MONTH_LABELS.map((label, i) => (
          <div key={label} className="fr-fieldset__element fr-fieldset__element--inline fr-col-4 fr-col-md-2">
            <div className="fr-input-group">
              <label className="fr-label" htmlFor={`${id}-${i}`}>
                {label}
              </label>
              <input
                id={`${id}-${i}`}
                className="fr-input"
                type="number"
                min={0}
                step={1}
                required
                value={months[i] ?? ''}
                aria-invalid={mutation.fieldError('months') ? true : undefined}
                onChange={(e) => setMonths((all) => all.map((m, j) => (j === i ? e.target.value : m)))}
              />
            </div>
          </div>
        ))}
      </fieldset>
      <p id={`${id}-somme`} className={sum === line.quantity ? 'fr-message fr-message--valid' : 'fr-message fr-message--warning'} aria-live="polite">
        Total du plan : {sum} sur un objectif de {line.quantity}
        {sum !== line.quantity && ` (écart ${sum - line.quantity > 0 ? '+' : ''}${sum - line.quantity})`}
      </p>
      <ErrorAlert error={mutation.error} title="Le plan n’a pas été enregistré" />
      {saved && (
        <p role="status" className="fr-message fr-message--valid">
          Plan mensuel enregistré.
        </p>
      )}
      <Button type="submit" priority="secondary" disabled={mutation.pending}>
        Enregistrer le plan
      </Button>
    </form>
  );
}
