import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { apiFetch } from '../api/client';
import { CenteredFormPage } from './centered-form-page';
import { ErrorAlert } from './error-alert';
import { RequiredNotice } from './required-notice';
import { TextField } from './text-field';
import { useMutation } from './use-mutation';
import { usePageTitle } from './use-page-title';
import { emailError, focusFirstInvalid } from './validation';

/**
 * A page that asks for an email and has a link sent to it (password reset, magic link). The
 * confirmation never says whether the account exists, as the server does not either.
 */
export function EmailLinkRequestPage(props: { title: string; intro: string; endpoint: string; submitLabel: string; sentMessage: (email: string) => string }) {
  usePageTitle(props.title);
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
    const result = await mutation.run(() => apiFetch<void>(props.endpoint, { method: 'POST', body: { email: email.trim() } }));
    if (result.ok) setSentTo(email.trim());
    else focusFirstInvalid(formRef.current);
  };

  return (
    <CenteredFormPage>
      <h1>{props.title}</h1>
      {sentTo !== null ? (
        <Alert severity="success" role="status" title="Demande enregistrée" description={props.sentMessage(sentTo)} className="fr-mb-3w" />
      ) : (
        <>
          <p>{props.intro}</p>
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
              {props.submitLabel}
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
