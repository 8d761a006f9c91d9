import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { ActionFeedback } from './action-feedback';
import type { SectionProps } from './assistance-view';
import { CarrierFields } from './carrier-fields';
import { buildSuggestedItemBody, EMPTY_CARRIER, type CarrierDraft } from './request-bodies';
import type { PathwayActor, Suggestion } from './types';
import { assistancePath, useAssistanceAction } from './use-assistance-action';

export interface SuggestionAddFormProps extends SectionProps {
  suggestion: Suggestion;
  actors: PathwayActor[];
  onCancel: () => void;
}

/** Adds a suggested support to the plan once the référent says who carries it and by when. */
export function SuggestionAddForm({ assistance, suggestion, actors, onChanged, onCancel }: SuggestionAddFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<CarrierDraft>(EMPTY_CARRIER);
  const action = useAssistanceAction(onChanged);
  const headingId = `ajout-${suggestion.supportCode}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action.submit(formRef.current, buildSuggestedItemBody(suggestion.supportCode, draft), 'POST', assistancePath(assistance, '/plan-items'), `« ${suggestion.wording} » est ajouté au plan d’appuis.`);
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="fr-p-3w fr-mt-2w fr-background-alt--grey">
      <p id={headingId} className="fr-text--bold">
        Ajouter au plan : {suggestion.wording}
      </p>
      <ActionFeedback outcome={action.outcome} errorTitle="L’appui n’a pas été ajouté" fields={['carrierKind', 'carrierOrganisationId', 'dueOn']} />
      <CarrierFields
        idPrefix={headingId}
        draft={draft}
        set={(key, value) => setDraft((d) => ({ ...d, [key]: value }))}
        errorFor={action.errorFor}
        actors={actors}
        pathwayId={assistance.pathwayId}
      />
      <ul className="fr-btns-group fr-btns-group--inline">
        <li>
          <Button type="submit" disabled={action.pending}>
            Confirmer l’ajout
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
