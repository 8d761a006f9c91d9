import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { CONDITION_LIST_LABELS, CONDITION_LISTS, type ConditionStatus } from '../../../../common/assistance';
import { TextAreaField } from '../pathways/form-fields';
import { ActionFeedback } from './action-feedback';
import type { SectionProps } from './assistance-view';
import { ConditionRow } from './condition-row';
import { buildAssessmentBody, type AssessmentDraft } from './request-bodies';
import type { Assessment, Condition } from './types';
import { assistancePath, useAssistanceAction } from './use-assistance-action';

/** Starts from the last diagnostic, so the référent only changes what moved. */
function draftFrom(last: Assessment | undefined): AssessmentDraft {
  const statuses: Record<string, ConditionStatus> = {};
  for (const item of last?.items ?? []) statuses[item.conditionCode] = item.status;
  return { statuses, comments: {}, summary: '', sensitiveNotes: '' };
}

export function latestAssessment(assessments: readonly Assessment[]): Assessment | undefined {
  return [...assessments].sort((a, b) => (a.assessedAt < b.assessedAt ? 1 : -1))[0];
}

/** A new diagnostic: the three lists of conditions, a summary and optional confidential notes. */
export function AssessmentForm({ assistance, conditions, onChanged }: SectionProps & { conditions: Condition[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<AssessmentDraft>(() => draftFrom(latestAssessment(assistance.assessments)));
  const action = useAssistanceAction(onChanged);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action.submit(formRef.current, buildAssessmentBody(conditions, draft), 'POST', assistancePath(assistance, '/assessments'), 'Le diagnostic est enregistré. Les appuis suggérés tiennent compte de ce diagnostic.');
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="nouveau-diagnostic" className="fr-p-3w fr-mb-3w fr-background-alt--grey">
      <h3 id="nouveau-diagnostic" className="fr-h5">
        Nouveau diagnostic
      </h3>
      <p className="fr-text--sm">Les statuts sont repris du dernier diagnostic ; modifiez ceux qui ont changé.</p>
      <ActionFeedback outcome={action.outcome} errorTitle="Le diagnostic n’a pas été enregistré" fields={['summary', 'sensitiveNotes']} />
      {CONDITION_LISTS.map((list) => {
        const ofList = conditions.filter((condition) => condition.list === list);
        if (ofList.length === 0) return null;
        return (
          <fieldset key={list} className="fr-fieldset fr-mb-3w">
            <legend className="fr-fieldset__legend fr-h6">Conditions {CONDITION_LIST_LABELS[list].charAt(0).toLowerCase() + CONDITION_LIST_LABELS[list].slice(1)}</legend>
            <div className="fr-fieldset__element">
              {ofList.map((condition) => (
                <ConditionRow
                  key={condition.code}
                  condition={condition}
                  status={draft.statuses[condition.code] ?? 'not_assessed'}
                  comment={draft.comments[condition.code] ?? ''}
                  onStatus={(status) => setDraft((d) => ({ ...d, statuses: { ...d.statuses, [condition.code]: status } }))}
                  onComment={(comment) => setDraft((d) => ({ ...d, comments: { ...d.comments, [condition.code]: comment } }))}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
      <TextAreaField label="Synthèse du diagnostic (facultatif)" name="summary" value={draft.summary} onChange={(summary) => setDraft((d) => ({ ...d, summary }))} error={action.errorFor('summary')} />
      <TextAreaField
        label="Notes confidentielles (facultatif)"
        hint="Santé, famille, logement… Confidentiel : visible par votre structure seulement."
        name="sensitiveNotes"
        value={draft.sensitiveNotes}
        onChange={(sensitiveNotes) => setDraft((d) => ({ ...d, sensitiveNotes }))}
        error={action.errorFor('sensitiveNotes')}
      />
      <Button type="submit" disabled={action.pending}>
        Enregistrer le diagnostic
      </Button>
    </form>
  );
}
