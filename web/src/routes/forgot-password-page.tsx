import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { apiFetch } from '../api/client';
import { CenteredFormPage } from '../components/centered-form-page';
import { ErrorAlert } from '../components/error-alert';
import { RequiredNotice } from '../components/required-notice';
import { TextField } from '../components/text-field';
import { useMutation } from '../components/use-mutation';
import { usePageTitle } from '../components/use-page-title';
import { emailError, focusFirstInvalid } from '../components/validation';

/** `/mot-de-passe-oublie`: asks for a password reset link (the answer never says if the account exists). */
export function ForgotPasswordPage() {
  usePageTitle('Mot de passe oublié');
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const mutation = useMutation();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const error = emailError(email);
    setLocalError(error);
    if (error) {
      focusFirstInvalid(formRef.current);
      return;
    }
    const result = await mutation.run(() =>
      apiFetch<void>('/api/auth/password-reset/request', { method: 'POST', body: { email: email.trim() } }),
    );
    if (result.ok) setSentTo(email.trim());
    else focusFirstInvalid(formRef.current);
  };

  return (
    <CenteredFormPage>
      <h1>Mot de passe oublié</h1>
      {sentTo !== null ? (
        <>
          <Alert
            severity="success"
            role="status"
            title="Demande enregistrée"
            description={`Si un compte existe pour l'adresse ${sentTo}, un courriel contenant un lien pour choisir un nouveau mot de passe vient d'y être envoyé. Pensez à vérifier vos courriers indésirables.`}
            className="fr-mb-3w"
          />
          <p>
            <Link to="/connexion" className="fr-link">
              Retour à la connexion
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>Saisissez l'adresse électronique de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.</p>
          <ErrorAlert error={mutation.error} fields={['email']} />
          <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
            <RequiredNotice />
            <TextField
              label="Adresse électronique"
              hint="Format attendu : nom@domaine.fr"
              name="email"
              type="email"
              autoComplete="email"
              required
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={localError ?? mutation.fieldError('email')}
            />
            <Button type="submit" disabled={mutation.pending}>
              Recevoir un lien de réinitialisation
            </Button>
          </form>
          <p className="fr-mt-4w">
            <Link to="/connexion" className="fr-link">
              Retour à la connexion
            </Link>
          </p>
        </>
      )}
    </CenteredFormPage>
  );
}
