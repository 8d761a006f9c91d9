/**
 * What the enrichment form says after "Enregistrer": the fields to correct (nothing was sent),
 * the server's refusal, or the success. The message takes the focus (tabIndex -1) so that a
 * keyboard or screen reader user lands on it; each field to correct is a link to the field.
 */
import type { Ref } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { fieldId, focusField } from './enrichment-fields';
import type { FieldIssue } from './enrichment-validation';

export type SaveOutcome = { kind: 'invalid'; issues: FieldIssue[] } | { kind: 'refused'; error: unknown } | { kind: 'saved' } | null;

export function SaveMessage({ outcome, ref }: { outcome: SaveOutcome; ref: Ref<HTMLDivElement> }) {
  if (outcome === null) return null;
  if (outcome.kind === 'saved') {
    return (
      <div ref={ref} tabIndex={-1} role="status" className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w">
        <p>Les informations VAE ont été enregistrées.</p>
      </div>
    );
  }
  if (outcome.kind === 'refused') {
    return (
      <div ref={ref} tabIndex={-1}>
        <ErrorAlert error={outcome.error} title="Les informations n’ont pas été enregistrées" />
      </div>
    );
  }
  const count = outcome.issues.length;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="fr-alert fr-alert--error fr-mb-3w">
      <h3 className="fr-alert__title">{count === 1 ? 'Un champ est à corriger : rien n’a été enregistré' : `${count} champs sont à corriger : rien n’a été enregistré`}</h3>
      <ul className="fr-mb-0">
        {outcome.issues.map((issue) => (
          <li key={issue.path}>
            <a
              href={`#${fieldId(issue.path)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(issue.path);
              }}
            >
              {issue.label}
            </a>{' '}
            : {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
