import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { PLAN_ITEM_STATUS_LABELS, PLAN_ITEM_STATUSES } from '../../../../common/assistance';
import { TextAreaField } from '../pathways/form-fields';
import { ActionFeedback } from './action-feedback';
import type { SectionProps } from './assistance-view';
import { buildPlanItemUpdate } from './request-bodies';
import type { PlanItem } from './types';
import { assistancePath, useAssistanceAction } from './use-assistance-action';

/** Status, feedback and observed effect of one item of the plan. */
export function PlanItemEditor({ assistance, item, onChanged, onClose }: SectionProps & { item: PlanItem; onClose: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<{ status: string; feedback: string; effect: string }>({ status: item.status, feedback: item.feedback, effect: item.effect });
  const action = useAssistanceAction(onChanged);
  const statusError = action.errorFor('status');
  const headingId = `modifier-${item.id}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const path = assistancePath(assistance, `/plan-items/${encodeURIComponent(item.id)}`);
    void action.submit(formRef.current, buildPlanItemUpdate(draft), 'PATCH', path, `« ${item.wording} » est mis à jour.`);
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="fr-p-3w fr-mb-3w fr-background-alt--grey">
      <p id={headingId} className="fr-text--bold">
        Suivi de l’appui : {item.wording}
      </p>
      <ActionFeedback outcome={action.outcome} errorTitle="L’appui n’a pas été mis à jour" fields={['status', 'feedback', 'effect']} />
      <Select
        label="Statut"
        state={statusError ? 'error' : 'default'}
        stateRelatedMessage={statusError}
        nativeSelectProps={{ name: 'status', value: draft.status, onChange: (e) => setDraft((d) => ({ ...d, status: e.target.value })), 'aria-invalid': statusError ? true : undefined }}
      >
        {PLAN_ITEM_STATUSES.map((status) => (
          <option key={status} value={status}>
            {PLAN_ITEM_STATUS_LABELS[status]}
          </option>
        ))}
      </Select>
      <TextAreaField label="Retour sur l’appui" name="feedback" value={draft.feedback} onChange={(feedback) => setDraft((d) => ({ ...d, feedback }))} error={action.errorFor('feedback')} />
      <TextAreaField label="Effet observé" name="effect" value={draft.effect} onChange={(effect) => setDraft((d) => ({ ...d, effect }))} error={action.errorFor('effect')} />
      <ul className="fr-btns-group fr-btns-group--inline">
        <li>
          <Button type="submit" disabled={action.pending}>
            Enregistrer
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onClose}>
            Fermer
          </Button>
        </li>
      </ul>
    </form>
  );
}
