import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../components/text-field';
import { ActionFeedback } from './action-feedback';
import type { SectionProps } from './assistance-view';
import { buildAcceptanceBody } from './request-bodies';
import type { Agreement } from './types';
import { useAssistanceAction } from './use-assistance-action';

/** The candidate, present at the appointment, signed the current version on screen. */
export function SignatureForm({ agreement, onChanged }: Omit<SectionProps, 'assistance'> & { agreement: Agreement }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const action = useAssistanceAction(onChanged);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const path = `/api/agreements/${encodeURIComponent(agreement.id)}/acceptance`;
    void action.submit(formRef.current, buildAcceptanceBody(agreement, name), 'POST', path, `La signature de la version ${agreement.version} est enregistrée.`);
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="signature-sur-place" className="fr-p-3w fr-mb-3w fr-background-alt--grey">
      <h3 id="signature-sur-place" className="fr-h5">
        Enregistrer la signature sur place
      </h3>
      <p className="fr-text--sm">À remplir en présence du candidat, après qu’il a lu et signé à l’écran la version {agreement.version} de l’accord.</p>
      <ActionFeedback outcome={action.outcome} errorTitle="La signature n’a pas été enregistrée" fields={['signatureName']} />
      <TextField label="Nom du candidat, tel qu’il l’a signé" name="signatureName" value={name} onChange={setName} error={action.errorFor('signatureName')} maxLength={200} autoComplete="off" required />
      <Button type="submit" disabled={action.pending}>
        Enregistrer la signature
      </Button>
    </form>
  );
}
