import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { focusFirstInvalid, requiredError } from '../../components/validation';

export function UserNameForm({ user, onSaved }: { user: User; onSaved: (user: User) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [localError, setLocalError] = useState<string | undefined>();
  const mutation = useMutation();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const error = requiredError(displayName);
    setLocalError(error);
    if (error) {
      mutation.clearError();
      focusFirstInvalid(formRef.current);
      return;
    }
    const result = await mutation.run(() =>
      apiFetch<User>(`/api/admin/users/${encodeURIComponent(user.id)}`, {
        method: 'PATCH',
        body: { displayName: displayName.trim() },
      }),
    );
    if (result.ok) onSaved(result.value);
    else focusFirstInvalid(formRef.current);
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorAlert error={mutation.error} title="Le nom n'a pas été modifié" fields={['displayName']} />
      <TextField
        label="Nom affiché"
        name="displayName"
        required
        autoComplete="off"
        value={displayName}
        onChange={setDisplayName}
        error={localError ?? mutation.fieldError('displayName')}
      />
      <Button type="submit" priority="secondary" disabled={mutation.pending}>
        Enregistrer le nom
      </Button>
    </form>
  );
}
