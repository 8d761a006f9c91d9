import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import type { Entry } from './types';

type Contact = Entry['contacts'][number];
const FIELDS = ['name', 'jobTitle', 'phone', 'email', 'hours'] as const;

/** Edits one contact of a partner entry: name, function, phone, email, hours. */
export function ContactForm({ contact, onSaved, onCancel }: { contact: Contact; onSaved: (entry: Entry) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState({ name: contact.name, jobTitle: contact.jobTitle, phone: contact.phone, email: contact.email, hours: contact.hours });
  const mutation = useMutation();
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await mutation.run(() => apiFetch<Entry>(`/api/network/contacts/${encodeURIComponent(contact.id)}`, { method: 'PATCH', body: draft }));
    if (result.ok) onSaved(result.value);
  };
  const err = mutation.fieldError;
  const titleId = `modifier-contact-${contact.id}`;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={titleId} className="fr-p-2w fr-my-2w fr-background-alt--grey">
      <p id={titleId} className="fr-text--bold fr-mb-1w">
        Modifier le contact {contact.name}
      </p>
      <ErrorAlert error={mutation.error} title="Le contact n’a pas été enregistré" fields={[...FIELDS]} />
      <TextField label="Nom" name="name" value={draft.name} onChange={set('name')} required error={err('name')} />
      <TextField label="Fonction" name="jobTitle" value={draft.jobTitle} onChange={set('jobTitle')} error={err('jobTitle')} />
      <TextField label="Téléphone" name="phone" type="tel" value={draft.phone} onChange={set('phone')} error={err('phone')} />
      <TextField label="Adresse électronique" name="email" type="email" value={draft.email} onChange={set('email')} error={err('email')} />
      <TextField label="Horaires" name="hours" value={draft.hours} onChange={set('hours')} error={err('hours')} />
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <Button type="submit" disabled={mutation.pending}>
            Enregistrer le contact
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
