import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import type { Groupement, Organisation } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { PickList } from '../../components/pick-list';
import { RequiredNotice } from '../../components/required-notice';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { compactErrors, focusFirstInvalid, requiredError } from '../../components/validation';
import { ORG_KIND_LABELS } from '../../labels';

export function GroupementForm(props: { organisations: Organisation[]; onCreated: (groupement: Groupement) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [commanditaireId, setCommanditaireId] = useState('');
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const mutation = useMutation();
  const errorFor = (field: string) => localErrors[field] ?? mutation.fieldError(field);
  const sorted = [...props.organisations].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const commanditaires = sorted.filter((organisation) => organisation.kind === 'commanditaire');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = compactErrors({ name: requiredError(name) });
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      mutation.clearError();
      focusFirstInvalid(formRef.current);
      return;
    }
    const body = { name: name.trim(), memberIds, ...(commanditaireId === '' ? {} : { commanditaireId }) };
    const result = await mutation.run(() => apiFetch<Groupement>('/api/admin/groupements', { method: 'POST', body }));
    if (!result.ok) {
      focusFirstInvalid(formRef.current);
      return;
    }
    setName('');
    setCommanditaireId('');
    setMemberIds([]);
    props.onCreated(result.value);
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorAlert error={mutation.error} title="Le groupement n'a pas été créé" fields={['name', 'commanditaireId', 'memberIds']} />
      <RequiredNotice />
      <TextField label="Nom du groupement" name="name" required autoComplete="off" value={name} onChange={setName} error={errorFor('name')} />
      <Select
        label="Commanditaire (facultatif)"
        state={errorFor('commanditaireId') ? 'error' : 'default'}
        stateRelatedMessage={errorFor('commanditaireId')}
        nativeSelectProps={{ name: 'commanditaireId', value: commanditaireId, onChange: (event) => setCommanditaireId(event.target.value) }}
      >
        <option value="">Aucun commanditaire</option>
        {commanditaires.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </Select>
      <PickList
        label="Organisations membres"
        options={sorted.map((organisation) => ({
          value: organisation.id,
          label: organisation.name,
          group: ORG_KIND_LABELS[organisation.kind],
        }))}
        selected={memberIds}
        onChange={setMemberIds}
        addLabel="Ajouter l'organisation"
        emptyText="Aucune organisation sélectionnée."
        error={errorFor('memberIds')}
      />
      <Button type="submit" disabled={mutation.pending}>
        Créer le groupement
      </Button>
    </form>
  );
}
