import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { useMutation } from '../../components/use-mutation';
import { TotalForm } from './total-form';
import type { Agreement, Line } from './types';

/** The groupement's directors share a line among its member structures; the shares must add up to the line's objective. */
export function SharesEditor({ line, structures, onSaved }: { line: Line; structures: { id: string; name: string }[]; onSaved: (a: Agreement) => void }) {
  const initial = Object.fromEntries(structures.map((s) => [s.id, String(line.shares.find((x) => x.organisationId === s.id)?.quantity ?? 0)]));
  const [shares, setShares] = useState<Record<string, string>>(initial);
  const mutation = useMutation();
  const sum = structures.reduce((s, x) => s + (Number(shares[x.id]) || 0), 0);
  return (
    <TotalForm
      id={`repartition-${line.id}`}
      legend="Répartition entre les structures du groupement"
      line={line}
      sum={sum}
      total={`Total réparti : ${sum} sur un objectif de ${line.quantity}`}
      mutation={mutation}
      request={{ url: `/api/target-lines/${line.id}/shares`, body: { shares: structures.map((s) => ({ organisationId: s.id, quantity: Number(shares[s.id] ?? 0) })) } }}
      onSaved={onSaved}
      texts={{ error: 'La répartition n’a pas été enregistrée', saved: 'Répartition enregistrée.', submit: 'Enregistrer la répartition' }}
    >
      {structures.map((s) => (
        <div key={s.id} className="fr-fieldset__element fr-fieldset__element--inline fr-col-12 fr-col-md-4">
          <Input label={`Part de ${s.name}`} nativeInputProps={{ type: 'number', min: 0, step: 1, required: true, value: shares[s.id] ?? '', onChange: (e) => setShares((all) => ({ ...all, [s.id]: e.target.value })) }} />
        </div>
      ))}
    </TotalForm>
  );
}
