import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { redirectTarget } from '../auth/redirect-target';
import { CenteredFormPage } from '../components/centered-form-page';
import { ErrorAlert } from '../components/error-alert';
import { RequiredNotice } from '../components/required-notice';
import { TextField } from '../components/text-field';
import { useMutation } from '../components/use-mutation';
import { usePageTitle } from '../components/use-page-title';
import { compactErrors, emailError, focusFirstInvalid, requiredError } from '../components/validation';

function flag(state: unknown, name: string): boolean {
  return typeof state === 'object' && state !== null && name in state && (state as Record<string, unknown>)[name] === true;
}

/** `/connexion`: sign in with e-mail and password. */
export function LoginPage() {
  usePageTitle('Connexion');
  const { login, signedOutReason } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const mutation = useMutation();

  const errorFor = (name: string) => localErrors[name] ?? mutation.fieldError(name);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = compactErrors({ email: emailError(email), password: requiredError(password) });
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      mutation.clearError();
      focusFirstInvalid(formRef.current);
      return;
    }
    const result = await mutation.run(() => login(email.trim(), password));
    if (result.ok) await navigate(redirectTarget(location.state), { replace: true });
    else focusFirstInvalid(formRef.current);
  };

  return (
    <CenteredFormPage>
      <h1>Connexion à Jalon</h1>
      {signedOutReason === 'logout' && (
        <Alert severity="success" role="status" small description="Vous êtes déconnecté·e." className="fr-mb-3w" />
      )}
      {flag(location.state, 'passwordChanged') && (
        <Alert
          severity="success"
          role="status"
          small
          description="Votre mot de passe a été modifié. Vous pouvez vous connecter."
          className="fr-mb-3w"
        />
      )}
      {signedOutReason === 'expired' && (
        <Alert severity="info" role="status" small description="Votre session a expiré, veuillez vous reconnecter." className="fr-mb-3w" />
      )}
      <ErrorAlert error={mutation.error} title="Connexion impossible" fields={['email', 'password']} />
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="login-form-title">
        <h2 id="login-form-title" className="fr-h4">
          Se connecter avec son compte
        </h2>
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
          error={errorFor('email')}
        />
        <TextField
          label="Mot de passe"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={errorFor('password')}
        />
        <p className="fr-mb-3w">
          <Link to="/mot-de-passe-oublie" className="fr-link">
            Mot de passe oublié ?
          </Link>
        </p>
        <Button type="submit" disabled={mutation.pending}>
          {mutation.pending ? 'Connexion en cours…' : 'Se connecter'}
        </Button>
      </form>
      <hr className="fr-mt-6w" />
      <h2 className="fr-h4">Vous êtes candidat ou candidate ?</h2>
      <p>Vous pouvez vous connecter sans mot de passe, avec un lien envoyé à votre adresse électronique.</p>
      <p>
        <Link to="/connexion/lien" className="fr-link">
          Recevoir un lien de connexion (candidats)
        </Link>
      </p>
    </CenteredFormPage>
  );
}
