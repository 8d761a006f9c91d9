import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { TextAreaField } from '../pathways/form-fields';
import type { Referral } from './types';

/** The référent's mediation notes on one referral (not shown to the partner nor to the candidate). */
export function MediationNotes({ referral, onSaved }: { referral: Referral; onSaved: () => void }) {
  const [notes, setNotes] = useState(referral.mediationNotes ?? '');
  const mutation = useMutation();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await mutation.run(() => apiFetch<Referral>(`/api/referrals/${encodeURIComponent(referral.id)}`, { method: 'PATCH', body: { mediationNotes: notes } }));
    if (result.ok) onSaved();
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={`Notes de médiation : ${referral.entryName}`}>
      <ErrorAlert error={mutation.error} title="Les notes n’ont pas été enregistrées" fields={['mediationNotes']} />
      <TextAreaField label="Notes de médiation" name="mediationNotes" value={notes} onChange={setNotes} error={mutation.fieldError('mediationNotes')} />
      <Button type="submit" size="small" priority="tertiary" disabled={mutation.pending}>
        Enregistrer les notes
      </Button>
    </form>
  );
}
