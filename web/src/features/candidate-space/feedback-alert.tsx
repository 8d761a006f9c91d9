import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';
import type { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';

export interface FeedbackAlertProps {
  success: string | null;
  error: ApiError | null;
  errorTitle: string;
}

/** The outcome of an action; takes the focus when it appears so screen readers read it at once. */
export function FeedbackAlert({ success, error, errorTitle }: FeedbackAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (success !== null || error !== null) ref.current?.focus();
  }, [success, error]);
  if (success === null && error === null) return null;
  return (
    <div ref={ref} tabIndex={-1}>
      {error ? <ErrorAlert error={error} title={errorTitle} /> : <Alert severity="success" small className="fr-mb-3w" description={success ?? ''} />}
    </div>
  );
}
