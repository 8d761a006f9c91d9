import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { toApiError, type ApiError } from '../api/client';
import { useAuth } from '../auth/auth-context';
import { CenteredFormPage } from '../components/centered-form-page';
import { usePageTitle } from '../components/use-page-title';

/** Landing of the e-mailed link: consumes the single-use token once, then goes home. */
export function MagicLinkConsume({ token }: { token: string }) {
  usePageTitle('Connexion par lien');
  const { consumeMagicLink } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  // The token can be used only once: never send it twice (React StrictMode runs effects twice).
  const consumed = useRef<string | null>(null);

  useEffect(() => {
    if (consumed.current === token) return;
    consumed.current = token;
    consumeMagicLink(token)
      .then(() => navigate('/', { replace: true }))
      .catch((cause: unknown) => setError(toApiError(cause)));
  }, [token, consumeMagicLink, navigate]);

  return (
    <CenteredFormPage>
      <h1>Connexion par lien</h1>
      {error === null ? (
        <p role="status">Connexion en cours…</p>
      ) : (
        <>
          <Alert severity="error" title="Connexion impossible" description={error.message} className="fr-mb-3w" />
          <p>
            <Link to="/connexion/lien" className="fr-link">
              Recevoir un nouveau lien de connexion
            </Link>
          </p>
        </>
      )}
    </CenteredFormPage>
  );
}
