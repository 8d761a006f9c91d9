import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { ASSISTANCE_CLOSURE_REASON_LABELS, ASSISTANCE_CLOSURE_REASONS } from '../../../../common/assistance';
import { formatDate } from '../../labels';
import { TextAreaField } from '../pathways/form-fields';
import { ActionFeedback } from './action-feedback';
import type { SectionProps } from './assistance-view';
import { buildClosureBody } from './request-bodies';
import { assistancePath, useAssistanceAction } from './use-assistance-action';

/** "Clôture": why the assistance ends, what it led to, and the candidate's last word. */
export function ClosureSection({ assistance, onChanged }: SectionProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState({ reason: '', outcome: '', candidateLastWord: '' });
  const action = useAssistanceAction(onChanged);
  const reasonError = action.errorFor('reason');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action.submit(formRef.current, buildClosureBody(draft), 'POST', assistancePath(assistance, '/closure'), 'L’assistance renforcée est clôturée.');
  };

  return (
    <section aria-labelledby="cloture" className="fr-mt-6w">
      <h2 id="cloture">Clôture</h2>
      <ActionFeedback outcome={action.outcome} errorTitle="L’assistance n’a pas été clôturée" fields={['reason', 'outcome', 'candidateLastWord']} />
      {assistance.status === 'closed' ? (
        <ul>
          <li>Clôturée le {formatDate(assistance.closedAt)}</li>
          {assistance.closureReason && <li>Motif : {ASSISTANCE_CLOSURE_REASON_LABELS[assistance.closureReason]}</li>}
          {assistance.closureOutcome && <li>Bilan : {assistance.closureOutcome}</li>}
          {assistance.candidateLastWord && <li>Le mot du candidat : {assistance.candidateLastWord}</li>}
        </ul>
      ) : !assistance.canEdit ? (
        <p>L’assistance renforcée est en cours. Elle prend fin au plus tard le {formatDate(assistance.endsAt)}.</p>
      ) : (
        <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Clôturer l’assistance renforcée">
          <p>L’assistance renforcée prend fin au plus tard le {formatDate(assistance.endsAt)}.</p>
          <Select
            label="Motif de clôture"
            state={reasonError ? 'error' : 'default'}
            stateRelatedMessage={reasonError}
            nativeSelectProps={{ name: 'reason', value: draft.reason, required: true, onChange: (e) => setDraft((d) => ({ ...d, reason: e.target.value })), 'aria-invalid': reasonError ? true : undefined }}
          >
            <option value="" disabled>
              Sélectionner un motif
            </option>
            {ASSISTANCE_CLOSURE_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {ASSISTANCE_CLOSURE_REASON_LABELS[reason]}
              </option>
            ))}
          </Select>
          <TextAreaField label="Bilan de l’assistance" name="outcome" value={draft.outcome} onChange={(outcome) => setDraft((d) => ({ ...d, outcome }))} error={action.errorFor('outcome')} required />
          <TextAreaField
            label="Le mot du candidat (facultatif)"
            name="candidateLastWord"
            value={draft.candidateLastWord}
            onChange={(candidateLastWord) => setDraft((d) => ({ ...d, candidateLastWord }))}
            error={action.errorFor('candidateLastWord')}
          />
          <Button type="submit" priority="secondary" disabled={action.pending}>
            Clôturer l’assistance renforcée
          </Button>
        </form>
      )}
    </section>
  );
}
