import { useState } from 'react';
import { MONTH_LABELS } from '../../../../common/targets';
import { useMutation } from '../../components/use-mutation';
import { TotalForm } from './total-form';
import type { Agreement, Line } from './types';

/** The monthly plan of a line: twelve whole numbers whose sum must be the line's objective. */
export function PlanEditor({ line, onSaved }: { line: Line; onSaved: (a: Agreement) => void }) {
  const [months, setMonths] = useState(line.months.map(String));
  const mutation = useMutation();
  const sum = months.reduce((s, m) => s + (Number(m) || 0), 0);
  const id = `plan-${line.id}`;
  return (
    <TotalForm
      id={id}
      legend={`Plan mensuel (objectif ${line.quantity})`}
      line={line}
      sum={sum}
      total={
        <>
          Total du plan : {sum} sur un objectif de {line.quantity}
          {sum !== line.quantity && ` (écart ${sum - line.quantity > 0 ? '+' : ''}${sum - line.quantity})`}
        </>
      }
      mutation={mutation}
      request={{ url: `/api/target-lines/${line.id}/months`, body: { months: months.map((m) => Number(m)) } }}
      onSaved={onSaved}
      texts={{ error: 'Le plan n’a pas été enregistré', saved: 'Plan mensuel enregistré.', submit: 'Enregistrer le plan' }}
    >
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
    </TotalForm>
  );
}
