import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../components/text-field';
import { DateField, TextAreaField } from '../pathways/form-fields';
import { ActionFeedback } from './action-feedback';
import type { SectionProps } from './assistance-view';
import { buildAgreementBody, type AgreementDraft } from './request-bodies';
import { assistancePath, useAssistanceAction } from './use-assistance-action';

const EMPTY: AgreementDraft = { objectives: '', durationMonths: '', candidateCommitments: '', appointmentDay: '', appointmentTime: '' };
const FIELDS = ['objectives', 'durationMonths', 'candidateCommitments', 'nextAppointmentAt'];

/** Generates a new version of the agreement (PDF) from the objectives and commitments. */
export function AgreementForm({ assistance, onChanged }: SectionProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<AgreementDraft>(EMPTY);
  const action = useAssistanceAction(onChanged);
  const set = (key: keyof AgreementDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const appointmentError = action.errorFor('nextAppointmentAt');
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await action.submit(formRef.current, buildAgreementBody(draft), 'POST', assistancePath(assistance, '/agreements'), 'Une nouvelle version de l’accord est générée. Elle attend l’accord du candidat.');
    if (saved) setDraft(EMPTY);
  };
  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="nouvel-accord" className="fr-p-3w fr-mb-3w fr-background-alt--grey">
      <h3 id="nouvel-accord" className="fr-h5">
        Générer une nouvelle version de l’accord
      </h3>
      <ActionFeedback outcome={action.outcome} errorTitle="L’accord n’a pas été généré" fields={FIELDS} />
      <TextAreaField label="Objectifs" hint="Un objectif par ligne." name="objectives" value={draft.objectives} onChange={set('objectives')} error={action.errorFor('objectives')} required />
      <TextField
        label="Durée en mois"
        hint="24 mois au plus depuis le début de l’assistance renforcée."
        name="durationMonths"
        inputMode="numeric"
        pattern="[0-9]*"
        value={draft.durationMonths}
        onChange={set('durationMonths')}
        error={action.errorFor('durationMonths')}
        required
      />
      <TextAreaField
        label="Engagements du candidat (facultatif)"
        hint="Un engagement par ligne."
        name="candidateCommitments"
        value={draft.candidateCommitments}
        onChange={set('candidateCommitments')}
        error={action.errorFor('candidateCommitments')}
      />
      <DateField label="Date du prochain rendez-vous" name="appointmentDay" value={draft.appointmentDay} onChange={set('appointmentDay')} error={appointmentError} required />
      <DateField label="Heure du prochain rendez-vous" hint="Heure de votre fuseau horaire" type="time" name="appointmentTime" value={draft.appointmentTime} onChange={set('appointmentTime')} error={appointmentError} required />
      <Button type="submit" disabled={action.pending}>
        Générer l’accord
      </Button>
    </form>
  );
}
