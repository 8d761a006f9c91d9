import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import type { Agreement, Line } from './types';

/** The groupement's directors share a line among its member structures; the shares must add up to the line's objective. */
export function SharesEditor({ line, structures, onSaved }: { line: Line; structures: { id: string; name: string }[]; onSaved: (a: Agreement) => void }) {
  const initial = Object.fromEntries(structures.map((s) => [s.id, String(line.shares.find((x) => x.organisationId === s.id)?.quantity ?? 0)]));
  const [shares, setShares] = useState<Record<string, string>>(initial);
  const [saved, setSaved] = useState(false);
  const mutation = useMutation();
  const sum = structures.reduce((s, x) => s + (Number(shares[x.id]) || 0), 0);
  const id = `repartition-${line.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = { shares: structures.map((s) => ({ organisationId: s.id, quantity: Number(shares[s.id] ?? 0) })) };
    const result = await mutation.run(() => apiFetch<Agreement>(`/api/target-lines/${line.id}/shares`, { method: 'PUT', body }));
    if (result.ok) {
      setSaved(true);
      onSaved(result.value);
    }
  };
  return (
    <form aria-labelledby={id} onSubmit={(e) => void submit(e)} className="fr-mb-3w">
      <fieldset className="fr-fieldset" aria-describedby={`${id}-somme`}>
        <legend id={id} className="fr-fieldset__legend">
          Répartition entre les structures du groupement
        </legend>
        {structures.map((s) => (
          <div key={s.id} className="fr-fieldset__element fr-fieldset__element--inline fr-col-12 fr-col-md-4">
            <Input label={`Part de ${s.name}`} nativeInputProps={{ type: 'number', min: 0, step: 1, required: true, value: shares[s.id] ?? '', onChange: (e) => setShares((all) => ({ ...all, [s.id]: e.target.value })) }} />
          </div>
        ))}
      </fieldset>
      <p id={`${id}-somme`} className={sum === line.quantity ? 'fr-message fr-message--valid' : 'fr-message fr-message--warning'} aria-live="polite">
        Total réparti : {sum} sur un objectif de {line.quantity}
      </p>
      <ErrorAlert error={mutation.error} title="La répartition n’a pas été enregistrée" />
      {saved && (
        <p role="status" className="fr-message fr-message--valid">
          Répartition enregistrée.
        </p>
      )}
      <Button type="submit" priority="secondary" disabled={mutation.pending}>
        Enregistrer la répartition
      </Button>
    </form>
  );
}
