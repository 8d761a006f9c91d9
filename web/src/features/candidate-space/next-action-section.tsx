import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { apiFetch } from '../../api/client';
import { useMutation } from '../../components/use-mutation';
import { dueDateText, nextActionWhoLabel } from './candidate-format';
import { FeedbackAlert } from './feedback-alert';
import { Heading, type HeadingLevel } from './heading';
import { candidateActions, type CandidateAction } from './pathway-actions';
import type { MyPathway } from './types';

/** "Ce que je fais maintenant": the next action, its date, and the steps the candidate takes. */
export function NextActionSection({ pathway, level, onChanged }: { pathway: MyPathway; level: HeadingLevel; onChanged: () => void }) {
  const id = `maintenant-${pathway.id}`;
  const mutation = useMutation();
  const [confirming, setConfirming] = useState<CandidateAction | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const actions = candidateActions(pathway.availableTransitions);
  const due = dueDateText(pathway.nextAction.dueAt);
  const buttonId = (type: string) => `action-${pathway.id}-${type}`;

  const cancel = (action: CandidateAction) => {
    setConfirming(null);
    // Back to the button that opened the confirmation, once it is rendered again.
    requestAnimationFrame(() => document.getElementById(buttonId(action.type))?.focus());
  };

  const confirm = async (action: CandidateAction) => {
    setSuccess(null);
    const result = await mutation.run(() => apiFetch(`/api/pathways/${encodeURIComponent(pathway.id)}/transitions`, { method: 'POST', body: { type: action.type } }));
    setConfirming(null);
    if (result.ok) {
      setSuccess(`C’est fait : « ${action.label} ».`);
      onChanged();
    }
  };

  return (
    <section aria-labelledby={id} className="fr-mt-4w">
      <Heading level={level} id={id}>
        Ce que je fais maintenant
      </Heading>
      <FeedbackAlert success={success} error={mutation.error} errorTitle="L’action n’a pas pu être faite" />
      <div className="fr-callout">
        <p className="fr-callout__title fr-text--md">{nextActionWhoLabel(pathway.nextAction.who)}</p>
        <p className="fr-callout__text fr-text--md">{pathway.nextAction.text}</p>
        {due && <p className="fr-mb-0 fr-mt-1w fr-text--bold">{due}</p>}
      </div>
      {confirming ? (
        <ConfirmPanel action={confirming} pending={mutation.pending} onConfirm={() => void confirm(confirming)} onCancel={() => cancel(confirming)} />
      ) : (
        actions.length > 0 && (
          <ul className="fr-btns-group fr-btns-group--inline-md">
            {actions.map((action) => (
              <li key={action.type}>
                <Button onClick={() => setConfirming(action)} nativeButtonProps={{ id: buttonId(action.type) }}>
                  {action.label}
                </Button>
              </li>
            ))}
          </ul>
        )
      )}
    </section>
  );
}

function ConfirmPanel({ action, pending, onConfirm, onCancel }: { action: CandidateAction; pending: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div role="group" aria-label={`Confirmer : ${action.label}`} className="fr-p-3w fr-mb-3w jalon-confirm">
      <p className="fr-text--bold">{action.label}</p>
      <p>{action.confirmation}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-0">
        <li>
          {/* The confirm button takes the focus so that keyboard users land on the choice they opened. */}
          <Button onClick={onConfirm} disabled={pending} nativeButtonProps={{ autoFocus: true }}>
            {pending ? 'Envoi en cours…' : 'Confirmer'}
          </Button>
        </li>
        <li>
          <Button priority="secondary" onClick={onCancel} disabled={pending}>
            Annuler
          </Button>
        </li>
      </ul>
    </div>
  );
}
