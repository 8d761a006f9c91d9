import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { ErrorAlert } from '../../components/error-alert';
import { FocusOnChange } from '../pathways/focus-on-change';
import type { Outcome } from './use-assistance-action';

/** The outcome of a form, next to it; takes the focus so screen readers read it at once. */
export function ActionFeedback({ outcome, errorTitle, fields = [] }: { outcome: Outcome | null; errorTitle: string; fields?: readonly string[] }) {
  return (
    <FocusOnChange trigger={outcome}>
      {outcome?.success && <Alert severity="success" small className="fr-mb-3w" description={outcome.success} />}
      <ErrorAlert error={outcome?.error ?? null} title={errorTitle} fields={fields} />
    </FocusOnChange>
  );
}
