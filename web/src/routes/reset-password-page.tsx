import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { apiFetch } from '../api/client';
import { CenteredFormPage } from '../components/centered-form-page';
import { ErrorAlert } from '../components/error-alert';
import { PasswordRules } from '../components/password-rules';
import { RequiredNotice } from '../components/required-notice';
import { TextField } from '../components/text-field';
import { useMutation } from '../components/use-mutation';
import { usePageTitle } from '../components/use-page-title';
import { compactErrors, focusFirstInvalid, REQUIRED_MESSAGE } from '../components/validation';

const RULES_ID = 'password-rules';

/** `/reinitialiser?token=…`: chooses a new password with the token received by e-mail. */
export function ResetPasswordPage() {
  usePageTitle('Choisir un nouveau mot de passe');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const mutation = useMutation();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = compactErrors({
      // The rule itself is checked by the server (WEAK_PASSWORD): the live list only guides.
      password: password === '' ? REQUIRED_MESSAGE : undefined,
      confirmation:
        confirmation === ''
          ? REQUIRED_MESSAGE
          : confirmation !== password
            ? 'Les deux mots de passe ne sont pas identiques.'
            : undefined,
    });
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      mutation.clearError();
      focusFirstInvalid(formRef.current);
      return;
    }
    const result = await mutation.run(() =>
      apiFetch<void>('/api/auth/password-reset/confirm', { method: 'POST', body: { token, password } }),
    );
    if (result.ok) await navigate('/connexion', { replace: true, state: { passwordChanged: true } });
    else focusFirstInvalid(formRef.current);
  };

  if (token === '') {
    return (
      <CenteredFormPage>
        <h1>Choisir un nouveau mot de passe</h1>
        <Alert
          severity="error"
          title="Lien incomplet"
          description="Ce lien ne contient pas de jeton de réinitialisation. Utilisez le lien reçu par courriel ou faites une nouvelle demande."
          className="fr-mb-3w"
        />
        <Link to="/mot-de-passe-oublie" className="fr-link">
          Faire une nouvelle demande
        </Link>
      </CenteredFormPage>
    );
  }

  // A token refused as such, or rejected by validation (malformed): either way, ask for a new one.
  const tokenInvalid = mutation.error?.code === 'TOKEN_INVALID' || mutation.fieldError('token') !== undefined;
  return (
    <CenteredFormPage>
      <h1>Choisir un nouveau mot de passe</h1>
      <ErrorAlert
        error={mutation.error}
        title={tokenInvalid ? 'Lien invalide' : "Le mot de passe n'a pas été modifié"}
        fields={['password', 'confirmation']}
      />
      {tokenInvalid && (
        <p>
          <Link to="/mot-de-passe-oublie" className="fr-link">
            Demander un nouveau lien
          </Link>
        </p>
      )}
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
        <RequiredNotice />
        <TextField
          label="Nouveau mot de passe"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={setPassword}
          describedBy={RULES_ID}
          error={localErrors.password ?? mutation.fieldError('password')}
        />
        <PasswordRules id={RULES_ID} password={password} />
        <TextField
          label="Confirmation du mot de passe"
          name="confirmation"
          type="password"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={setConfirmation}
          error={localErrors.confirmation}
        />
        <Button type="submit" disabled={mutation.pending}>
          Enregistrer le mot de passe
        </Button>
      </form>
    </CenteredFormPage>
  );
}
