import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { toApiError } from '../api/client';

export interface ErrorAlertProps {
  error: unknown;
  title?: string;
  /**
   * Fields whose server message is shown next to the field itself. The messages for any other
   * field in `details.fields` are listed in the alert, so none is lost.
   */
  fields?: readonly string[];
}

/** Shows the server's message for a failed request in a DSFR alert (announced). */
export function ErrorAlert({ error, title = 'Une erreur est survenue', fields = [] }: ErrorAlertProps) {
  if (error === null || error === undefined) return null;
  const apiError = toApiError(error);
  const others = Object.entries(apiError.fields).filter(([name]) => !fields.includes(name));
  return (
    <Alert
      severity="error"
      title={title}
      className="fr-mb-3w"
      description={
        <>
          {apiError.message}
          {others.length > 0 && (
            <ul className="fr-mb-0">
              {others.map(([name, message]) => (
                <li key={name}>{message}</li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}
