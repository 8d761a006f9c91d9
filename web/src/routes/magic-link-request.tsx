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

export function MagicLinkRequest() {
  usePageTitle('Recevoir un lien de connexion');
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
      apiFetch<void>('/api/auth/magic-link/request', { method: 'POST', body: { email: email.trim() } }),
    );
    if (result.ok) setSentTo(email.trim());
    else focusFirstInvalid(formRef.current);
  };

  return (
    <CenteredFormPage>
      <h1>Recevoir un lien de connexion</h1>
      {sentTo !== null ? (
        <Alert
          severity="success"
          role="status"
          title="Demande enregistrée"
          description={`Si un compte candidat existe pour l'adresse ${sentTo}, un lien de connexion vient d'y être envoyé. Il n'est valable que peu de temps et une seule fois.`}
          className="fr-mb-3w"
        />
      ) : (
        <>
          <p>
            Réservé aux candidats : saisissez votre adresse électronique, vous recevrez un lien pour vous connecter sans mot
            de passe.
          </p>
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
              Recevoir le lien
            </Button>
          </form>
        </>
      )}
      <p className="fr-mt-4w">
        <Link to="/connexion" className="fr-link">
          Retour à la connexion
        </Link>
      </p>
    </CenteredFormPage>
  );
}
