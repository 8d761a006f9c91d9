import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { focusFirstInvalid } from '../../components/validation';
import { FocusOnChange } from './focus-on-change';
import { buildTransitionBody, EMPTY_DRAFT, type TransitionDraft } from './transition-body';
import { TransitionFields } from './transition-fields';
import type { Pathway } from './types';

/** Field names the forms show next to a field; the server's other messages stay in the alert. */
const SHOWN_FIELDS = ['decidedOn', 'reasons', 'missing', 'juryDay', 'juryTime', 'date', 'place', 'format', 'attendance', 'blocs', 'heldOn', 'summary', 'reason', 'details'];

export interface TransitionFormProps {
  pathway: Pathway;
  transition: { type: string; label: string };
  onDone: (pathway: Pathway) => void;
  onCancel: () => void;
}

/** The small form of one step: its fields (if any), a confirm and a cancel button. */
export function TransitionForm({ pathway, transition, onDone, onCancel }: TransitionFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<TransitionDraft>(EMPTY_DRAFT);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const mutation = useMutation();
  const errorFor = (name: string) => localErrors[name] ?? mutation.fieldError(name);
  const set = <K extends keyof TransitionDraft>(key: K, value: TransitionDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const headingId = `etape-${transition.type}`;
  const shownFields = [...SHOWN_FIELDS, ...pathway.blocs.remaining.map((code) => `blocs.${code}`)];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = buildTransitionBody(transition.type, draft, pathway.blocs.remaining);
    if (!built.ok) {
      setLocalErrors(built.errors);
      mutation.clearError();
      focusFirstInvalid(formRef.current);
      return;
    }
    setLocalErrors({});
    const result = await mutation.run(() => apiFetch<Pathway>(`/api/pathways/${encodeURIComponent(pathway.id)}/transitions`, { method: 'POST', body: built.body }));
    if (result.ok) onDone(result.value);
    else if (Object.keys(result.error.fields).length > 0) focusFirstInvalid(formRef.current);
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={headingId} className="fr-p-3w fr-mb-3w fr-background-alt--grey">
      <h3 id={headingId} className="fr-h5">
        {transition.label}
      </h3>
      {/* Errors without a field (step no longer allowed…) have nowhere else to take the focus. */}
      <FocusOnChange trigger={mutation.error}>
        <ErrorAlert error={mutation.error} title="L’étape n’a pas été enregistrée" fields={shownFields} />
      </FocusOnChange>
      <TransitionFields type={transition.type} draft={draft} set={set} errorFor={errorFor} pathway={pathway} />
      <ul className="fr-btns-group fr-btns-group--inline">
        <li>
          <Button type="submit" disabled={mutation.pending}>
            Confirmer
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
