import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { USER_KINDS, type User, type UserKind } from '../../api/types';
import { PASSWORD_RULE_TEXT } from '../../auth/password-rule';
import { ErrorAlert } from '../../components/error-alert';
import { RequiredNotice } from '../../components/required-notice';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../components/use-mutation';
import { compactErrors, emailError, focusFirstInvalid, REQUIRED_MESSAGE, requiredError } from '../../components/validation';
import { USER_KIND_LABELS } from '../../labels';

function isUserKind(value: string): value is UserKind {
  return (USER_KINDS as readonly string[]).includes(value);
}

/** Creates an account; without a password the person receives an e-mail to choose one. */
export function UserCreateForm({ onCreated }: { onCreated: (user: User) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [kind, setKind] = useState('');
  const [password, setPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const mutation = useMutation();
  const errorFor = (field: string) => localErrors[field] ?? mutation.fieldError(field);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = compactErrors({
      email: emailError(email),
      displayName: requiredError(displayName),
      kind: isUserKind(kind) ? undefined : REQUIRED_MESSAGE,
    });
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || !isUserKind(kind)) {
      mutation.clearError();
      focusFirstInvalid(formRef.current);
      return;
    }
    const body = { email: email.trim(), displayName: displayName.trim(), kind, ...(password === '' ? {} : { password }) };
    const result = await mutation.run(() => apiFetch<User>('/api/admin/users', { method: 'POST', body }));
    if (!result.ok) {
      focusFirstInvalid(formRef.current);
      return;
    }
    setEmail('');
    setDisplayName('');
    setKind('');
    setPassword('');
    onCreated(result.value);
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorAlert error={mutation.error} title="Le compte n'a pas été créé" fields={['email', 'displayName', 'kind', 'password']} />
      <RequiredNotice />
      <TextField
        label="Adresse électronique"
        hint="Format attendu : nom@domaine.fr"
        name="email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        required
        value={email}
        onChange={setEmail}
        error={errorFor('email')}
      />
      <TextField
        label="Nom affiché"
        hint="Prénom et nom, par exemple Camille Martin"
        name="displayName"
        required
        autoComplete="off"
        value={displayName}
        onChange={setDisplayName}
        error={errorFor('displayName')}
      />
      <Select
        label="Type de compte"
        state={errorFor('kind') ? 'error' : 'default'}
        stateRelatedMessage={errorFor('kind')}
        nativeSelectProps={{
          name: 'kind',
          value: kind,
          required: true,
          onChange: (event) => setKind(event.target.value),
          'aria-invalid': errorFor('kind') ? true : undefined,
        }}
      >
        <option value="" disabled>
          Sélectionner un type
        </option>
        {USER_KINDS.map((value) => (
          <option key={value} value={value}>
            {USER_KIND_LABELS[value]}
          </option>
        ))}
      </Select>
      <TextField
        label="Mot de passe initial (facultatif)"
        hint={`Laissez vide : la personne recevra un courriel pour choisir son mot de passe. Sinon : ${PASSWORD_RULE_TEXT}`}
        name="password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={errorFor('password')}
      />
      <Button type="submit" disabled={mutation.pending}>
        Créer le compte
      </Button>
    </form>
  );
}
