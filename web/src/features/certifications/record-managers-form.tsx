import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import type { Organisation } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { focusFirstInvalid, REQUIRED_MESSAGE } from '../../components/validation';
import { optionLabel, type Manager } from './record-managers-options';

export const MANAGER_SELECT_ID = 'gestionnaire-organisation';

/** Adds a certificateur organisation to the managers of a record (`POST …/managers`). */
export function RecordManagersForm(props: { code: string; candidates: Organisation[]; onAdded: (managers: Manager[], organisation: Organisation) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [organisationId, setOrganisationId] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const mutation = useMutation();
  const error = localError ?? mutation.fieldError('organisationId');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const organisation = props.candidates.find((o) => o.id === organisationId);
    if (!organisation) {
      setLocalError(REQUIRED_MESSAGE);
      mutation.clearError();
      focusFirstInvalid(formRef.current);
      return;
    }
    setLocalError(undefined);
    const result = await mutation.run(() =>
      apiFetch<{ items: Manager[] }>(`/api/admin/certifications/${encodeURIComponent(props.code)}/managers`, { method: 'POST', body: { organisationId } }),
    );
    if (!result.ok) {
      focusFirstInvalid(formRef.current);
      return;
    }
    setOrganisationId('');
    props.onAdded(result.value.items, organisation);
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="ajouter-gestionnaire" className="fr-p-3w fr-background-alt--grey">
      <h3 id="ajouter-gestionnaire" className="fr-h6">
        Ajouter une organisation gestionnaire
      </h3>
      <ErrorAlert error={mutation.error} title="L’organisation n’a pas été ajoutée" fields={['organisationId']} />
      <Select
        label="Organisation certificatrice"
        hint="Seules les organisations de nature « Certificateur » peuvent gérer une fiche."
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error}
        nativeSelectProps={{
          id: MANAGER_SELECT_ID,
          name: 'organisationId',
          value: organisationId,
          required: true,
          onChange: (event) => {
            setOrganisationId(event.target.value);
            setLocalError(undefined);
          },
          'aria-invalid': error ? true : undefined,
        }}
      >
        <option value="" disabled>
          Sélectionner une organisation
        </option>
        {props.candidates.map((organisation) => (
          <option key={organisation.id} value={organisation.id} disabled={organisation.disabled}>
            {optionLabel(organisation)}
          </option>
        ))}
      </Select>
      <Button type="submit" disabled={mutation.pending}>
        {mutation.pending ? 'Ajout en cours…' : 'Ajouter'}
      </Button>
    </form>
  );
}
