import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { ROLES, type Organisation, type Role } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { compactErrors, focusFirstInvalid, REQUIRED_MESSAGE } from '../../components/validation';
import { ORG_KIND_LABELS, ROLE_LABELS } from '../../labels';

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function MembershipAddForm(props: { userId: string; organisations: Organisation[]; onAdded: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const mutation = useMutation();
  const errorFor = (field: string) => localErrors[field] ?? mutation.fieldError(field);
  const organisations = [...props.organisations].sort((a, b) => a.name.localeCompare(b.name, 'fr'));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = compactErrors({
      organisationId: organisationId === '' ? REQUIRED_MESSAGE : undefined,
      role: isRole(role) ? undefined : REQUIRED_MESSAGE,
    });
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      mutation.clearError();
      focusFirstInvalid(formRef.current);
      return;
    }
    const result = await mutation.run(() =>
      apiFetch<unknown>('/api/admin/memberships', { method: 'POST', body: { userId: props.userId, organisationId, role } }),
    );
    if (!result.ok) {
      focusFirstInvalid(formRef.current);
      return;
    }
    setOrganisationId('');
    setRole('');
    props.onAdded();
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorAlert error={mutation.error} title="Le rattachement n'a pas été ajouté" fields={['organisationId', 'role']} />
      <Select
        label="Organisation"
        state={errorFor('organisationId') ? 'error' : 'default'}
        stateRelatedMessage={errorFor('organisationId')}
        nativeSelectProps={{
          name: 'organisationId',
          value: organisationId,
          required: true,
          onChange: (event) => setOrganisationId(event.target.value),
          'aria-invalid': errorFor('organisationId') ? true : undefined,
        }}
      >
        <option value="" disabled>
          Sélectionner une organisation
        </option>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id} disabled={organisation.disabled}>
            {`${organisation.name} (${ORG_KIND_LABELS[organisation.kind]})${organisation.disabled ? ' – désactivée' : ''}`}
          </option>
        ))}
      </Select>
      <Select
        label="Rôle"
        state={errorFor('role') ? 'error' : 'default'}
        stateRelatedMessage={errorFor('role')}
        nativeSelectProps={{
          name: 'role',
          value: role,
          required: true,
          onChange: (event) => setRole(event.target.value),
          'aria-invalid': errorFor('role') ? true : undefined,
        }}
      >
        <option value="" disabled>
          Sélectionner un rôle
        </option>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </Select>
      <Button type="submit" disabled={mutation.pending}>
        Ajouter le rattachement
      </Button>
    </form>
  );
}
