import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type FormEvent } from 'react';
import { NETWORK_FIELD_LABELS, NETWORK_FIELDS, type NetworkField } from '../../../../common/network';
import { apiFetch } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { TextAreaField } from '../pathways/form-fields';
import { departementList, type Entry } from './types';

const EMPTY = { name: '', fields: [] as NetworkField[], visibility: 'private' as 'private' | 'territory', departements: '', address: '', notes: '', contactName: '', jobTitle: '', phone: '', email: '', hours: '' };
const FIELDS = ['name', 'fields', 'visibility', 'departements', 'address', 'notes'];

/** A new partner entry with its first contact. */
export function EntryForm({ organisationId, onCreated }: { organisationId: string; onCreated: (entry: Entry) => void }) {
  const [draft, setDraft] = useState(EMPTY);
  const mutation = useMutation();
  const set = (key: keyof typeof EMPTY) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const toggle = (field: NetworkField) => setDraft((d) => ({ ...d, fields: d.fields.includes(field) ? d.fields.filter((f) => f !== field) : [...d.fields, field] }));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const contacts = draft.contactName ? [{ name: draft.contactName, jobTitle: draft.jobTitle, phone: draft.phone, email: draft.email, hours: draft.hours }] : [];
    const body = { organisationId, name: draft.name, fields: draft.fields, visibility: draft.visibility, departements: departementList(draft.departements), address: draft.address, notes: draft.notes, contacts };
    const result = await mutation.run(() => apiFetch<Entry>('/api/network/entries', { method: 'POST', body }));
    if (result.ok) {
      setDraft(EMPTY);
      onCreated(result.value);
    }
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="nouvelle-fiche" className="fr-p-3w fr-mb-3w fr-background-alt--grey">
      <h2 id="nouvelle-fiche" className="fr-h5">
        Nouvelle fiche partenaire
      </h2>
      <ErrorAlert error={mutation.error} title="La fiche n’a pas été enregistrée" fields={FIELDS} />
      <TextField label="Nom de la structure partenaire" name="name" value={draft.name} onChange={set('name')} required error={mutation.fieldError('name')} />
      <Checkbox
        legend="Domaines d’intervention"
        state={mutation.fieldError('fields') ? 'error' : 'default'}
        stateRelatedMessage={mutation.fieldError('fields')}
        orientation="horizontal"
        options={NETWORK_FIELDS.map((f) => ({ label: NETWORK_FIELD_LABELS[f], nativeInputProps: { name: 'fields', value: f, checked: draft.fields.includes(f), onChange: () => toggle(f) } }))}
      />
      <RadioButtons
        legend="Visibilité"
        orientation="horizontal"
        options={[
          { label: 'Privée (ma structure)', nativeInputProps: { name: 'visibility', value: 'private', checked: draft.visibility === 'private', onChange: () => setDraft((d) => ({ ...d, visibility: 'private' })) } },
          { label: 'Partagée avec le territoire', nativeInputProps: { name: 'visibility', value: 'territory', checked: draft.visibility === 'territory', onChange: () => setDraft((d) => ({ ...d, visibility: 'territory' })) } },
        ]}
      />
      <TextField label="Départements couverts" hint="Codes séparés par des virgules, par exemple : 14, 50" name="departements" value={draft.departements} onChange={set('departements')} error={mutation.fieldError('departements')} />
      <TextField label="Adresse" name="address" value={draft.address} onChange={set('address')} />
      <TextAreaField label="Notes" name="notes" value={draft.notes} onChange={set('notes')} />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Contact</legend>
        <TextField label="Nom du contact" name="contactName" value={draft.contactName} onChange={set('contactName')} />
        <TextField label="Fonction" name="jobTitle" value={draft.jobTitle} onChange={set('jobTitle')} />
        <TextField label="Téléphone" type="tel" name="phone" value={draft.phone} onChange={set('phone')} />
        <TextField label="Adresse électronique du contact" type="email" name="email" value={draft.email} onChange={set('email')} />
        <TextField label="Horaires" name="hours" value={draft.hours} onChange={set('hours')} />
      </fieldset>
      <Button type="submit" disabled={mutation.pending}>
        Enregistrer la fiche
      </Button>
    </form>
  );
}
